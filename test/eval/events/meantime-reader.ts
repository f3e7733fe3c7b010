// Reads MEANTIME CAT XML files into gold documents. MEANTIME event mentions are untyped, so their predicate lemma
// (or, when empty, the anchor token) is mapped onto the app's types with a fixed lemma table below. The lemma "meet"
// also covers "meet the demands / needs / targets" (satisfy), which is not an encounter and is left unmapped.
// MEANTIME annotates only the title and the first five sentences of each article, so the document records where its
// annotated part ends (the last sentence holding any annotation) and the scorer ignores system events after it.

import { readFileSync } from 'node:fs';
import type { EventTypeId } from '../../../app/model/event-types';
import { joinSentences, type GoldDocument } from './gold-document';

const LEMMA_TYPES: Readonly<Record<string, EventTypeId>> = {
  meet: 'meeting', meeting: 'meeting', talk: 'meeting', talks: 'meeting',
  visit: 'visit', trip: 'visit', travel: 'visit', arrive: 'visit', tour: 'visit',
  summit: 'forum', conference: 'forum', forum: 'forum', congress: 'forum', convention: 'forum',
  attack: 'attack', bomb: 'attack', bombing: 'attack', shoot: 'attack', shooting: 'attack', raid: 'attack', explosion: 'attack', blast: 'attack', airstrike: 'attack',
  invade: 'invasion', invasion: 'invasion', offensive: 'invasion', occupation: 'invasion',
  agreement: 'agreement', deal: 'agreement', treaty: 'agreement', accord: 'agreement', pact: 'agreement', sign: 'agreement',
};

/** Objects that make "meet" mean "satisfy". */
const SATISFY_OBJECT = /\b(?:demands?|needs?|requirements?|targets?|deadlines?|expectations?|standards?|criteria|goals?|obligations?|conditions?)\b/i;

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export function readMeantime(file: string): GoldDocument {
  const xml = readFileSync(file, 'utf8');
  const tokenSentence = new Map<string, number>();
  const tokenText = new Map<string, string>();
  const sentences: string[][] = [];
  for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)" t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const sentence = Number(m[1]);
    tokenSentence.set(m[2]!, sentence);
    tokenText.set(m[2]!, decodeXml(m[3]!));
    (sentences[sentence] ??= []).push(decodeXml(m[3]!));
  }
  const { text, sentenceStarts } = joinSentences(sentences.map((tokens) => (tokens ?? []).join(' ')));
  const gold: GoldDocument['gold'] = [];
  for (const m of xml.matchAll(/<EVENT_MENTION ([^>]*)>([\s\S]*?)<\/EVENT_MENTION>/g)) {
    const anchors = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((a) => a[1]!);
    const pred = /pred="([^"]*)"/.exec(m[1]!)?.[1] ?? '';
    const anchorText = anchors.map((a) => tokenText.get(a) ?? '').join(' ').toLowerCase();
    const type = LEMMA_TYPES[pred.toLowerCase()] ?? LEMMA_TYPES[anchorText] ?? LEMMA_TYPES[anchorText.replace(/s$/, '')];
    const sentence = tokenSentence.get(anchors[0] ?? '');
    const last = Number(anchors[anchors.length - 1] ?? 0);
    const following = [1, 2, 3].map((k) => tokenText.get(String(last + k)) ?? '').join(' ');
    if (type === 'meeting' && SATISFY_OBJECT.test(following)) continue;
    if (type && sentence !== undefined) gold.push({ sentence, type, trigger: anchorText });
  }
  const id = /doc_id="([^"]+)"/.exec(xml)?.[1] ?? file;
  const annotated = [...xml.matchAll(/<token_anchor t_id="(\d+)"/g)].map((a) => tokenSentence.get(a[1]!) ?? 0);
  return { id, corpus: 'meantime', text, sentenceStarts, gold, annotatedSentences: Math.max(0, ...annotated) + 1 };
}

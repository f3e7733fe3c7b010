// Reads MEANTIME CAT XML files into gold documents: event mentions typed by a fixed lemma table, their participants
// (HAS_PARTICIPANT links, PropBank roles), their time anchors (TLINKs to dated TIMEX3s) and the entity mentions.
// MEANTIME event mentions are untyped, so their predicate lemma (or, when empty, the anchor token) is mapped onto the
// app's types with the table below. The lemma "meet" also covers "meet the demands / needs / targets" (satisfy),
// which is not an encounter and is left unmapped.
// MEANTIME annotates only the title and the first five sentences of each article, so the document records where its
// annotated part ends (the last sentence holding any annotation) and the scorers ignore system output after it.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EventTypeId } from '../../../app/model/event-types';
import { isoDate } from '../timex/meantime';
import { decodeEntities } from '../timex/timeml';
import { joinSentences, type GoldArgument, type GoldDocument, type GoldEvent, type GoldName, type GoldNameType } from './gold-document';
import { propbankRoleClass } from './role-classes';
import { MEANTIME_SPLIT, splitOf } from './splits';

const LEMMA_TYPES: Readonly<Record<string, EventTypeId>> = {
  meet: 'meeting',
  meeting: 'meeting',
  talk: 'meeting',
  talks: 'meeting',
  visit: 'visit',
  trip: 'visit',
  travel: 'visit',
  arrive: 'visit',
  tour: 'visit',
  summit: 'forum',
  conference: 'forum',
  forum: 'forum',
  congress: 'forum',
  convention: 'forum',
  attack: 'attack',
  bomb: 'attack',
  bombing: 'attack',
  shoot: 'attack',
  shooting: 'attack',
  raid: 'attack',
  explosion: 'attack',
  blast: 'attack',
  airstrike: 'attack',
  invade: 'invasion',
  invasion: 'invasion',
  offensive: 'invasion',
  occupation: 'invasion',
  agreement: 'agreement',
  deal: 'agreement',
  treaty: 'agreement',
  accord: 'agreement',
  pact: 'agreement',
  sign: 'agreement',
};

/** Objects that make "meet" mean "satisfy". */
const SATISFY_OBJECT =
  /\b(?:demands?|needs?|requirements?|targets?|deadlines?|expectations?|standards?|criteria|goals?|obligations?|conditions?|duties|responsibilit(?:y|ies)|tests?)\b/i;
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]'’]|n't|'s|'re|'ll|'ve|'d)$/i;
const NAME_TYPES: Readonly<Record<string, GoldNameType>> = { PER: 'PER', LOC: 'LOC', ORG: 'ORG' };
/** TLINK relations that anchor an event inside a time. */
const ANCHORING = new Set(['INCLUDES', 'IS_INCLUDED', 'SIMULTANEOUS', 'DURING']);

interface Markable {
  tag: string;
  attrs: string;
  tokens: string[];
}

const attr = (attrs: string, name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';

/** The ISO window of a TIMEX3 value at day, month or year precision; other values anchor nothing. */
export function dateWindow(value: string): { start: string; end: string; value: string } | undefined {
  const day = /^(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (day) return { start: day[1]!, end: day[1]!, value };
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const last = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
    return { start: `${value}-01`, end: `${value}-${String(last).padStart(2, '0')}`, value };
  }
  return /^\d{4}$/.test(value) ? { start: `${value}-01-01`, end: `${value}-12-31`, value } : undefined;
}

export function readMeantime(file: string): GoldDocument {
  const xml = readFileSync(file, 'utf8');
  const tokenSentence = new Map<string, number>();
  const tokenSpan = new Map<string, { start: number; end: number }>();
  const sentences: string[] = [];
  const local: { id: string; sentence: number; start: number; end: number }[] = [];
  for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)" t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const sentence = Number(m[1]);
    const word = decodeEntities(m[3]!);
    let s = sentences[sentence] ?? '';
    if (s) s += NO_SPACE_BEFORE.test(word) || /[($“"]$/.test(s) ? '' : ' ';
    local.push({ id: m[2]!, sentence, start: s.length, end: s.length + word.length });
    sentences[sentence] = s + word;
    tokenSentence.set(m[2]!, sentence);
  }
  const { text, sentenceStarts } = joinSentences(Array.from(sentences, (s) => s ?? ''));
  for (const t of local) tokenSpan.set(t.id, { start: sentenceStarts[t.sentence]! + t.start, end: sentenceStarts[t.sentence]! + t.end });

  const markables = new Map<string, Markable>();
  for (const m of xml.matchAll(/<(ENTITY_MENTION|EVENT_MENTION|TIMEX3|ENTITY|EVENT)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g)) {
    markables.set(attr(m[2]!, 'm_id'), { tag: m[1]!, attrs: m[2]!, tokens: [...(m[3] ?? '').matchAll(/t_id="(\d+)"/g)].map((a) => a[1]!) });
  }
  const spanOf = (tokens: readonly string[]): { start: number; end: number; text: string } => {
    const spans = tokens.map((t) => tokenSpan.get(t)).filter((s) => s !== undefined);
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    return { start, end, text: text.slice(start, end) };
  };
  const links = [...xml.matchAll(/<(HAS_PARTICIPANT|REFERS_TO|TLINK)\b([^>]*)>([\s\S]*?)<\/\1>/g)].map((m) => ({
    tag: m[1]!,
    attrs: m[2]!,
    sources: [...m[3]!.matchAll(/<source m_id="(\d+)"/g)].map((a) => a[1]!),
    targets: [...m[3]!.matchAll(/<target m_id="(\d+)"/g)].map((a) => a[1]!),
  }));
  const entityType = new Map<string, string>();
  for (const l of links) {
    if (l.tag !== 'REFERS_TO') continue;
    const type = attr(markables.get(l.targets[0] ?? '')?.attrs ?? '', 'ent_type');
    for (const s of l.sources) entityType.set(s, type);
  }

  const names: GoldName[] = [];
  for (const [id, m] of markables) {
    if (m.tag !== 'ENTITY_MENTION' || m.tokens.length === 0) continue;
    // Names are NAM mentions and names that premodify a noun (PRE.NAM: "Apple-made", "the US carmaker").
    const named = /^(?:NAM|PRE\.NAM)$/.test(attr(m.attrs, 'syntactic_type'));
    const kind = entityType.get(id);
    names.push({ ...spanOf(m.tokens), type: named ? (NAME_TYPES[kind ?? ''] ?? null) : null, untyped: (named && !kind) || undefined });
  }

  const gold: GoldEvent[] = [];
  for (const [id, m] of markables) {
    if (m.tag !== 'EVENT_MENTION' || m.tokens.length === 0) continue;
    const pred = attr(m.attrs, 'pred');
    const anchorText = m.tokens
      .map((t) => text.slice(tokenSpan.get(t)!.start, tokenSpan.get(t)!.end))
      .join(' ')
      .toLowerCase();
    const type = LEMMA_TYPES[pred.toLowerCase()] ?? LEMMA_TYPES[anchorText] ?? LEMMA_TYPES[anchorText.replace(/s$/, '')];
    const sentence = tokenSentence.get(m.tokens[0]!);
    if (!type || sentence === undefined) continue;
    const last = Number(m.tokens[m.tokens.length - 1]);
    const following = [1, 2, 3]
      .map((k) => {
        const s = tokenSpan.get(String(last + k));
        return s ? text.slice(s.start, s.end) : '';
      })
      .join(' ');
    if (type === 'meeting' && SATISFY_OBJECT.test(following)) continue;
    const args: GoldArgument[] = [];
    let date: GoldEvent['date'];
    for (const l of links) {
      if (l.tag === 'HAS_PARTICIPANT' && l.sources.includes(id)) {
        const target = markables.get(l.targets[0] ?? '');
        if (!target || target.tokens.length === 0) continue;
        const role = attr(l.attrs, 'sem_role');
        args.push({
          ...spanOf(target.tokens),
          roleClass: propbankRoleClass(type, role),
          corpusRole: role,
          named: attr(target.attrs, 'syntactic_type') === 'NAM',
        });
      }
      if (l.tag === 'TLINK' && ANCHORING.has(attr(l.attrs, 'reltype')) && (l.sources.includes(id) || l.targets.includes(id))) {
        const other = markables.get(l.sources.includes(id) ? l.targets[0]! : l.sources[0]!);
        if (other?.tag === 'TIMEX3') date ??= dateWindow(attr(other.attrs, 'value'));
      }
    }
    gold.push({ sentence, type, trigger: anchorText, arguments: args, ...(date ? { date } : {}) });
  }
  const id = /doc_id="([^"]+)"/.exec(xml)?.[1] ?? file;
  const annotated = [...xml.matchAll(/<token_anchor t_id="(\d+)"/g)].map((a) => tokenSentence.get(a[1]!) ?? 0);
  const dctValue = [...markables.values()].find((m) => m.tag === 'TIMEX3' && /functionInDocument="CREATION_TIME"/.test(m.attrs));
  const published = isoDate(attr(dctValue?.attrs ?? '', 'value')) ?? '2020-01-01';
  const section = path.basename(path.dirname(file));
  return {
    id,
    corpus: 'meantime',
    section,
    split: splitOf(MEANTIME_SPLIT, section),
    text,
    sentenceStarts,
    published,
    gold,
    names,
    annotatedSentences: Math.max(0, ...annotated) + 1,
  };
}

// Reads WikiEvents (KAIROS) JSON lines into gold documents, mapping KAIROS types onto the app's event types:
// Conflict.Attack.* → attack, *.*.Meet → meeting, Movement.Transportation.* → visit.

import { readFileSync } from 'node:fs';
import type { EventTypeId } from '../../../app/model/event-types';
import { joinSentences, type GoldDocument } from './gold-document';

interface WikiEventsLine {
  doc_id: string;
  sentences: [unknown[], string][];
  event_mentions: { event_type: string; trigger: { text: string; sent_idx: number } }[];
}

export function kairosToEventType(kairos: string): EventTypeId | null {
  if (kairos.startsWith('Conflict.Attack.')) return 'attack';
  if (kairos.endsWith('.Meet')) return 'meeting';
  if (kairos.startsWith('Movement.Transportation.')) return 'visit';
  return null;
}

export function readWikiEvents(file: string): GoldDocument[] {
  const docs: GoldDocument[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const doc = JSON.parse(line) as WikiEventsLine;
    const { text, sentenceStarts } = joinSentences(doc.sentences.map((s) => s[1]));
    const gold: GoldDocument['gold'] = [];
    for (const e of doc.event_mentions) {
      const type = kairosToEventType(e.event_type);
      if (type) gold.push({ sentence: e.trigger.sent_idx, type, trigger: e.trigger.text });
    }
    docs.push({ id: doc.doc_id, corpus: 'wikievents', text, sentenceStarts, gold });
  }
  return docs;
}

// Sentence-level scoring of typed events: a system event counts when its type occurs for the same sentence in
// gold (each (document, sentence, type) pair counted once on each side).

import type { EventTypeId } from '../../../app/model/event-types';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type PairKey = `${string}|${number}|${EventTypeId}`;

export function pairKey(doc: string, sentence: number, type: EventTypeId): PairKey {
  return `${doc}|${sentence}|${type}`;
}

/** Per-type counts from gold and system pair sets. */
export function scorePairs(gold: ReadonlySet<PairKey>, system: ReadonlySet<PairKey>): Map<EventTypeId, Counts> {
  const counts = new Map<EventTypeId, Counts>();
  const of = (key: PairKey): Counts => {
    const type = key.split('|')[2] as EventTypeId;
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const key of system) of(key)[gold.has(key) ? 'tp' : 'fp']++;
  for (const key of gold) if (!system.has(key)) of(key).fn++;
  return counts;
}

export function prf({ tp, fp, fn }: Counts): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: 100 * precision, recall: 100 * recall, f1: 100 * f1 };
}

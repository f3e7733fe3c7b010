// The development / test split of every corpus, fixed before any tuning and never changed for a figure's sake.
// Rules are tuned, and their table tests' examples taken, only from the 'dev' parts; the 'test' parts are read only
// to report figures.
// - WikiEvents: its own files: dev.jsonl (20 documents) is dev, test.jsonl (20 documents) is test.
// - MEANTIME: by topic sub-corpus (30 articles each): corpus_airbus and corpus_apple are dev, corpus_gm and
//   corpus_stock are test (alphabetical halves).
// - TempEval-3 training (eval:timex): TimeBank is dev, AQUAINT is test.

import type { SplitPart } from './gold-document';

export const WIKIEVENTS_SPLIT: Readonly<Record<string, SplitPart>> = { 'dev.jsonl': 'dev', 'test.jsonl': 'test' };

export const MEANTIME_SPLIT: Readonly<Record<string, SplitPart>> = {
  corpus_airbus: 'dev',
  corpus_apple: 'dev',
  corpus_gm: 'test',
  corpus_stock: 'test',
};

export const TEMPEVAL_SPLIT: Readonly<Record<string, SplitPart>> = { TimeBank: 'dev', AQUAINT: 'test' };

/** The part of a section; an unknown section is an error, so a new corpus folder cannot slip into the wrong part. */
export function splitOf(table: Readonly<Record<string, SplitPart>>, section: string): SplitPart {
  const part = table[section];
  if (!part) throw new Error(`no development/test split defined for ${section} (test/eval/events/splits.ts)`);
  return part;
}

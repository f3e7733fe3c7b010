// Event detection evaluation on WikiEvents (dev+test) and MEANTIME: precision / recall / F1 per event type at
// sentence level (a system event of the right type in the same sentence as a gold trigger).
// WikiEvents misses many meetings, so the meeting row is printed again after a hand review of every false positive
// (events/wikievents-meeting-review.json), next to the raw figure.
// Usage: npm run eval:events [-- --errors TYPE]   (reads ../shared/corpora relative to the repo root)

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticleEvents } from '../../app/extract/pipeline';
import type { EventTypeId } from '../../app/model/event-types';
import { sentenceIndexAt, type GoldDocument } from './events/gold-document';
import { readMeantime } from './events/meantime-reader';
import { pairKey, prf, scorePairs, type PairKey } from './events/scoring';
import { readWikiEvents, type KairosCounts } from './events/wikievents-reader';

const corpora = path.resolve(process.cwd(), '../shared/corpora');
const errorsFor = process.argv.includes('--errors') ? (process.argv[process.argv.indexOf('--errors') + 1] as EventTypeId) : null;
/** The corpora carry no usable publication date for this task; dating does not affect sentence-level typing. */
const FIXED_DCT = '2020-01-01';

interface Scored {
  gold: Set<PairKey>;
  system: Set<PairKey>;
}

function printRow(label: string, c: { tp: number; fp: number; fn: number }): void {
  const { precision, recall, f1 } = prf(c);
  const cell = (x: number): string => x.toFixed(1).padStart(6);
  console.log(`${label.padEnd(10)} ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(7)} ${String(c.tp).padStart(5)} ${cell(precision)} ${cell(recall)} ${cell(f1)}`);
}

function evaluate(name: string, docs: readonly GoldDocument[], types: readonly EventTypeId[]): Scored {
  const gold = new Set<PairKey>();
  const system = new Set<PairKey>();
  const sentencesOf = new Map<string, GoldDocument>();
  for (const doc of docs) {
    sentencesOf.set(doc.id, doc);
    for (const g of doc.gold) if (types.includes(g.type)) gold.add(pairKey(doc.id, g.sentence, g.type));
    for (const event of extractArticleEvents({ id: doc.id, text: doc.text, published: FIXED_DCT })) {
      if (!types.includes(event.type)) continue;
      for (const m of event.mentions) {
        if (m.role !== 'trigger') continue;
        const sentence = sentenceIndexAt(doc.sentenceStarts, m.start);
        if (sentence < (doc.annotatedSentences ?? Infinity)) system.add(pairKey(doc.id, sentence, event.type));
      }
    }
  }
  const counts = scorePairs(gold, system);
  console.log(`\n${name}: ${docs.length} documents, sentence-level`);
  console.log('type        gold  system    tp      P      R     F1');
  for (const type of types) {
    printRow(type, counts.get(type) ?? { tp: 0, fp: 0, fn: 0 });
  }
  if (errorsFor) printErrors(docs, gold, system, errorsFor);
  return { gold, system };
}

interface Review {
  entries: { key: PairKey; verdict: 'event' | 'not-event'; why: string }[];
}

/**
 * The row of `type` again after a hand review of its false positives (`reviewFile`): sentences judged to report the
 * event join gold. A false positive without a verdict stays a false positive and is counted in the printout.
 */
function printReviewed(scored: Scored, type: EventTypeId, reviewFile: string): void {
  const review = JSON.parse(readFileSync(reviewFile, 'utf8')) as Review;
  const verdicts = new Map(review.entries.map((e) => [e.key, e.verdict]));
  const falsePositives = [...scored.system].filter((key) => key.endsWith(`|${type}`) && !scored.gold.has(key));
  const unreviewed = falsePositives.filter((key) => !verdicts.has(key)).length;
  const gold = new Set(scored.gold);
  for (const key of falsePositives) if (verdicts.get(key) === 'event') gold.add(key);
  const c = scorePairs(gold, scored.system).get(type) ?? { tp: 0, fp: 0, fn: 0 };
  console.log(`after reading every ${type} false positive (${path.relative(process.cwd(), reviewFile)}): ${falsePositives.length - unreviewed} reviewed, ${unreviewed} not reviewed`);
  printRow(`${type}*`, c);
}

function printErrors(docs: readonly GoldDocument[], gold: ReadonlySet<PairKey>, system: ReadonlySet<PairKey>, type: EventTypeId): void {
  const sentenceText = (key: PairKey): string => {
    const [id, index] = key.split('|');
    const doc = docs.find((d) => d.id === id)!;
    const i = Number(index);
    return doc.text.slice(doc.sentenceStarts[i], doc.sentenceStarts[i + 1] ?? doc.text.length).trim();
  };
  for (const key of system) if (key.endsWith(`|${type}`) && !gold.has(key)) console.log(`FP ${key}: ${sentenceText(key)}`);
  for (const key of gold) {
    if (!key.endsWith(`|${type}`) || system.has(key)) continue;
    const [id, index] = key.split('|');
    const triggers = docs.find((d) => d.id === id)!.gold.filter((g) => g.sentence === Number(index) && g.type === type).map((g) => g.trigger);
    console.log(`FN ${key} [${triggers.join(', ')}]: ${sentenceText(key)}`);
  }
}

const kairosCounts: KairosCounts = new Map();
const wikiEvents = ['dev', 'test'].flatMap((split) => readWikiEvents(path.join(corpora, 'wikievents', `${split}.jsonl`), kairosCounts));
console.log('WikiEvents gold mentions per KAIROS subtype (mapping documented in test/eval/events/wikievents-reader.ts):');
for (const [kairos, c] of [...kairosCounts].sort(([a], [b]) => a.localeCompare(b))) {
  const mapped = [...c.mapped].map(([type, n]) => `${n} → ${type}`).join(', ') || 'unmapped';
  console.log(`  ${kairos.padEnd(45)} ${String(c.total).padStart(4)}  ${mapped}`);
}
const wikiScores = evaluate('WikiEvents dev+test (Conflict.Attack → attack, face-to-face Contact → meeting, Movement.Transportation.Unspecified → visit)', wikiEvents, ['attack', 'meeting', 'visit']);
printReviewed(wikiScores, 'meeting', path.resolve(process.cwd(), 'test/eval/events/wikievents-meeting-review.json'));

const meantimeRoot = path.join(corpora, 'meantime', 'intra-doc_annotation');
const meantime = readdirSync(meantimeRoot).flatMap((corpus) =>
  readdirSync(path.join(meantimeRoot, corpus))
    .filter((f) => f.endsWith('.xml'))
    .map((f) => readMeantime(path.join(meantimeRoot, corpus, f))),
);
evaluate('MEANTIME (event mentions typed by predicate lemma)', meantime, ['meeting', 'visit', 'forum', 'attack', 'invasion', 'agreement']);

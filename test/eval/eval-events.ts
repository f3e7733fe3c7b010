// Event evaluation on WikiEvents and MEANTIME, each split into a development and a test part (events/splits.ts):
// - triggers: precision / recall / F1 per event type at sentence level (a system event of the right type whose
//   trigger lies in the same sentence as a gold trigger; each (document, sentence, type) pair counted once);
// - trigger + arguments: the same pairs, right only when the event also has the gold date (MEANTIME time anchors)
//   and the gold role fillers and no others (events/argument-scoring.ts);
// - entities: people, places and organisations against the annotated names (events/entity-scoring.ts).
// WikiEvents misses many meetings, so its meeting row is printed again after a hand review of every false positive
// (events/wikievents-meeting-review.json), next to the raw figure.
// Usage: npm run eval:events [-- --errors TYPE | --errors entities] [-- --flat]   (errors: dev parts only; --flat scores the
// flat participants/places as events stored before roles are scored, to compare with test/eval/events/baseline.txt)

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticleEvents } from '../../app/extract/pipeline';
import type { TimelineEvent } from '../../app/model/event';
import type { EventTypeId } from '../../app/model/event-types';
import { judgeArguments } from './events/argument-scoring';
import { NAME_TYPES, scoreEntities } from './events/entity-scoring';
import { sentenceIndexAt, type GoldDocument, type GoldNameType, type SplitPart } from './events/gold-document';
import { readMeantime } from './events/meantime-reader';
import { pairKey, prf, scorePairs, type Counts, type PairKey } from './events/scoring';
import { readWikiEvents, type KairosCounts } from './events/wikievents-reader';

const corpora = path.resolve(process.cwd(), '../shared/corpora');
const errorsFor = process.argv.includes('--errors') ? process.argv[process.argv.indexOf('--errors') + 1] : null;
const flat = process.argv.includes('--flat');

interface Scored {
  gold: Set<PairKey>;
  system: Set<PairKey>;
  withArguments: Set<PairKey>;
}

const cell = (x: number): string => x.toFixed(1).padStart(6);

function printRow(label: string, c: Counts, args?: Counts): void {
  const t = prf(c);
  const head = `${label.padEnd(10)} ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(7)} ${String(c.tp).padStart(5)}`;
  const a = args ? prf(args) : null;
  console.log(
    `${head} ${cell(t.precision)} ${cell(t.recall)} ${cell(t.f1)}${a ? ` | ${String(args!.tp).padStart(5)} ${cell(a.precision)} ${cell(a.recall)} ${cell(a.f1)}` : ''}`,
  );
}

const extracted = new Map<string, TimelineEvent[]>();
function eventsOf(doc: GoldDocument): TimelineEvent[] {
  let events = extracted.get(doc.id);
  if (!events) extracted.set(doc.id, (events = extractArticleEvents({ id: doc.id, text: doc.text, published: doc.published })));
  return events;
}

/** Sentences (within the annotated part) in which an event has a trigger. */
function triggerSentences(doc: GoldDocument, event: TimelineEvent): Set<number> {
  const out = new Set<number>();
  for (const m of event.mentions) {
    if (m.role !== 'trigger') continue;
    const sentence = sentenceIndexAt(doc.sentenceStarts, m.start);
    if (sentence < (doc.annotatedSentences ?? Infinity)) out.add(sentence);
  }
  return out;
}

function evaluate(name: string, docs: readonly GoldDocument[], types: readonly EventTypeId[], part: SplitPart): Scored {
  const scored: Scored = { gold: new Set(), system: new Set(), withArguments: new Set() };
  const argumentErrors: string[] = [];
  for (const doc of docs) {
    for (const g of doc.gold) if (types.includes(g.type)) scored.gold.add(pairKey(doc.id, g.sentence, g.type));
    for (const event of eventsOf(doc)) {
      if (!types.includes(event.type)) continue;
      const sentences = triggerSentences(doc, event);
      const coreferent = doc.gold.filter((g) => sentences.has(g.sentence) && g.type === event.type);
      const tolls = (doc.casualties ?? []).filter((c) => sentences.has(c.sentence)).flatMap((c) => c.arguments);
      for (const sentence of sentences) {
        const key = pairKey(doc.id, sentence, event.type);
        scored.system.add(key);
        const golds = coreferent.filter((g) => g.sentence === sentence);
        const verdicts = golds.map((g) => judgeArguments(event, g, coreferent, flat, tolls));
        if (verdicts.some((v) => v.ok)) scored.withArguments.add(key);
        else if (verdicts.length > 0 && errorsFor === event.type) {
          const v = verdicts[0]!;
          argumentErrors.push(
            `ARG ${key} "${event.label}" ${event.start}${v.dateWrong ? ` (gold date ${golds[0]!.date!.value})` : ''}` +
              ` missing [${v.missing.map((a) => `${a.corpusRole}=${a.text}`).join('; ')}] spurious [${v.spurious.map((f) => `${f.roleClass}=${f.value}`).join('; ')}]`,
          );
        }
      }
    }
  }
  const counts = scorePairs(scored.gold, scored.system);
  const argCounts = scorePairs(scored.gold, scored.withArguments);
  console.log(`\n${name} — ${part.toUpperCase()} part: ${docs.length} documents, sentence-level`);
  console.log('type        gold  system    tp      P      R     F1 | +args    P      R     F1');
  for (const type of types) {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    const tp = argCounts.get(type)?.tp ?? 0;
    printRow(type, c, { tp, fp: c.tp + c.fp - tp, fn: c.tp + c.fn - tp });
  }
  if (errorsFor && part === 'dev' && types.includes(errorsFor as EventTypeId)) {
    printErrors(docs, scored, errorsFor as EventTypeId);
    for (const line of argumentErrors) console.log(line);
  }
  return scored;
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
  console.log(
    `after reading every ${type} false positive (${path.relative(process.cwd(), reviewFile)}): ${falsePositives.length - unreviewed} reviewed, ${unreviewed} not reviewed`,
  );
  printRow(`${type}*`, c);
}

function printErrors(docs: readonly GoldDocument[], scored: Scored, type: EventTypeId): void {
  const sentenceText = (key: PairKey): string => {
    const [id, index] = key.split('|');
    const doc = docs.find((d) => d.id === id)!;
    const i = Number(index);
    return doc.text.slice(doc.sentenceStarts[i], doc.sentenceStarts[i + 1] ?? doc.text.length).trim();
  };
  for (const key of scored.system) if (key.endsWith(`|${type}`) && !scored.gold.has(key)) console.log(`FP ${key}: ${sentenceText(key)}`);
  for (const key of scored.gold) {
    if (!key.endsWith(`|${type}`) || scored.system.has(key)) continue;
    const [id, index] = key.split('|');
    const triggers = docs
      .find((d) => d.id === id)!
      .gold.filter((g) => g.sentence === Number(index) && g.type === type)
      .map((g) => g.trigger);
    console.log(`FN ${key} [${triggers.join(', ')}]: ${sentenceText(key)}`);
  }
}

function evaluateEntities(name: string, docs: readonly GoldDocument[], part: SplitPart): void {
  const counts = new Map<GoldNameType, Counts>();
  const errors = docs.flatMap((doc) => scoreEntities(doc, counts));
  const all = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  console.log(`\n${name} names — ${part.toUpperCase()} part`);
  console.log('type        gold  system    tp      P      R     F1');
  for (const type of NAME_TYPES) printRow(type, counts.get(type) ?? { tp: 0, fp: 0, fn: 0 });
  printRow('all', all);
  if (errorsFor === 'entities' && part === 'dev') for (const line of errors) console.log(line);
}

const PARTS: readonly SplitPart[] = ['dev', 'test'];

const kairosCounts: KairosCounts = new Map();
const wikiEvents = ['dev', 'test'].flatMap((file) => readWikiEvents(path.join(corpora, 'wikievents', `${file}.jsonl`), kairosCounts));
console.log('WikiEvents gold mentions per KAIROS subtype, dev+test (mapping documented in test/eval/events/wikievents-reader.ts):');
for (const [kairos, c] of [...kairosCounts].sort(([a], [b]) => a.localeCompare(b))) {
  const mapped = [...c.mapped].map(([type, n]) => `${n} → ${type}`).join(', ') || 'unmapped';
  console.log(`  ${kairos.padEnd(45)} ${String(c.total).padStart(4)}  ${mapped}`);
}
for (const part of PARTS) {
  const docs = wikiEvents.filter((d) => d.split === part);
  const title = 'WikiEvents (Conflict.Attack → attack, face-to-face Contact → meeting, Movement.Transportation.Unspecified → visit)';
  const scores = evaluate(title, docs, ['attack', 'meeting', 'visit'], part);
  printReviewed(scores, 'meeting', path.resolve(process.cwd(), 'test/eval/events/wikievents-meeting-review.json'));
}

const meantimeRoot = path.join(corpora, 'meantime', 'intra-doc_annotation');
const meantime = readdirSync(meantimeRoot).flatMap((corpus) =>
  readdirSync(path.join(meantimeRoot, corpus))
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => readMeantime(path.join(meantimeRoot, corpus, f))),
);
for (const part of PARTS) {
  const docs = meantime.filter((d) => d.split === part);
  const sections = [...new Set(docs.map((d) => d.section))].join(', ');
  evaluate(
    `MEANTIME ${sections} (event mentions typed by predicate lemma)`,
    docs,
    ['meeting', 'visit', 'forum', 'attack', 'invasion', 'agreement'],
    part,
  );
}
for (const part of PARTS)
  evaluateEntities(
    'MEANTIME',
    meantime.filter((d) => d.split === part),
    part,
  );
for (const part of PARTS)
  evaluateEntities(
    'WikiEvents',
    wikiEvents.filter((d) => d.split === part),
    part,
  );

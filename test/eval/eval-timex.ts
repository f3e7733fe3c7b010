// Evaluates the temporal tagger: TempEval-3 training data (TimeBank, AQUAINT) scored with the shared
// te3_score.mjs, and MEANTIME scored over token spans. Prints strict/relaxed/value F1 per corpus.
// TempEval-3 training is split as test/eval/events/splits.ts fixes it: TimeBank is the development part, AQUAINT the test part.
// Usage: npm run eval:timex [-- --errors]   (--errors writes error lists and tagged files to a temp dir)

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTimexes } from '../../app/extract/timex';
import { readMeantime, scoreDocument, type Counts } from './timex/meantime';
import { readTimeML } from './timex/timeml';
import { TEMPEVAL_SPLIT } from './events/splits';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared');
const showErrors = process.argv.includes('--errors');
const outDir = mkdtempSync(path.join(tmpdir(), 'eval-timex-'));

interface Scores {
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  valueF1: number;
  gold: number;
  sys: number;
}

function scoresFrom(c: Counts): Scores {
  const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
  const ratio = (a: number, b: number): number => (b ? a / b : 0);
  const strictP = ratio(c.strict, c.sys),
    strictR = ratio(c.strict, c.gold);
  const relaxedP = ratio(c.relaxed, c.sys),
    relaxedR = ratio(c.relaxed, c.gold);
  const relaxedF1 = f1(relaxedP, relaxedR);
  return {
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1,
    valueF1: ratio(c.value, c.relaxed) * relaxedF1,
    gold: c.gold,
    sys: c.sys,
  };
}

/** Tags every .tml of a TempEval-3 folder into outDir/name and returns the scorer's counts. */
const allTexts: { text: string; dct: string | null }[] = [];

function evalTimeML(name: string, goldDir: string): Counts {
  const sysDir = path.join(outDir, name);
  mkdirSync(sysDir, { recursive: true });
  for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.tml'))) {
    const doc = readTimeML(readFileSync(path.join(goldDir, file), 'utf8'));
    allTexts.push({ text: doc.text, dct: doc.dct });
    writeFileSync(path.join(sysDir, file), doc.withTimexes(findTimexes(doc.text, doc.dct)));
  }
  const scorer = path.join(shared, 'tools/te3_score.mjs');
  const json = JSON.parse(execFileSync('node', [scorer, goldDir, sysDir, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 })) as {
    counts: Counts;
  };
  if (showErrors) {
    const errors = execFileSync('node', [scorer, goldDir, sysDir, '--errors'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    writeFileSync(path.join(outDir, `${name}-errors.txt`), errors);
  }
  return json.counts;
}

/** Milliseconds per 3,000 characters, timed on a second (warm) pass over all TempEval texts. */
function millisPer3K(): number {
  const t0 = performance.now();
  for (const { text, dct } of allTexts) findTimexes(text, dct);
  const chars = allTexts.reduce((sum, t) => sum + t.text.length, 0);
  return (performance.now() - t0) / (chars / 3000);
}

function evalMeantime(): Counts {
  const root = path.join(shared, 'corpora/meantime/intra-doc_annotation');
  const counts: Counts = { gold: 0, sys: 0, relaxed: 0, strict: 0, value: 0 };
  const errors: string[] | null = showErrors ? [] : null;
  for (const folder of readdirSync(root)) {
    for (const file of readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.xml'))) {
      const doc = readMeantime(readFileSync(path.join(root, folder, file), 'utf8'));
      scoreDocument(doc, findTimexes(doc.text, doc.dct), counts, errors, file);
    }
  }
  if (errors) writeFileSync(path.join(outDir, 'meantime-errors.txt'), errors.join('\n') + '\n');
  return counts;
}

const add = (a: Counts, b: Counts): Counts => ({
  gold: a.gold + b.gold,
  sys: a.sys + b.sys,
  relaxed: a.relaxed + b.relaxed,
  strict: a.strict + b.strict,
  value: a.value + b.value,
});
const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);

const corpora = path.join(shared, 'corpora/tempeval3-train');
const timebank = evalTimeML('TimeBank', path.join(corpora, 'TimeBank'));
const aquaint = evalTimeML('AQUAINT', path.join(corpora, 'AQUAINT'));
const rows: [string, Counts][] = [
  [`TimeBank (${TEMPEVAL_SPLIT.TimeBank})`, timebank],
  [`AQUAINT (${TEMPEVAL_SPLIT.AQUAINT})`, aquaint],
  ['TimeBank+AQUAINT', add(timebank, aquaint)],
  ['MEANTIME (tokens)', evalMeantime()],
];
console.log('corpus              gold   sys |  strict P      R     F1 | relaxed P      R     F1 | value F1');
for (const [name, counts] of rows) {
  const s = scoresFrom(counts);
  console.log(
    `${name.padEnd(18)} ${String(s.gold).padStart(5)} ${String(s.sys).padStart(5)} |  ${pct(s.strictP)} ${pct(s.strictR)} ${pct(s.strictF1)} |  ${pct(s.relaxedP)} ${pct(s.relaxedR)} ${pct(s.relaxedF1)} | ${pct(s.valueF1)}`,
  );
}
const chars = allTexts.reduce((sum, t) => sum + t.text.length, 0);
console.log(
  `speed: ${millisPer3K().toFixed(2)} ms per 3,000 characters (warm pass over ${allTexts.length} TempEval-3 texts, ${(chars / 1000).toFixed(0)} K chars)`,
);
if (showErrors) console.log(`errors and tagged files: ${outDir}`);
else rmSync(outDir, { recursive: true, force: true });

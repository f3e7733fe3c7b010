// Benchmark of extractArticleEvents (sentences, entities, timexes, triggers, coreference) on the 256 TempEval-3
// training articles: articles per second, and milliseconds per 3 KB of text; then one generated 1 MB date-dense article
// and the other hostile shapes of test/bench/hostile-texts.ts (1 MB each), which must stay linear.
// Usage: npm run bench:extract   (reads ../shared/corpora/tempeval3-train relative to the repo root)

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractArticleEvents } from '../../app/extract/pipeline';
import { readTimeML } from '../eval/timex/timeml';
import { dateDenseText, eventDenseText, noSpaceText, oneLineText } from './hostile-texts';

const root = path.resolve(process.cwd(), '../shared/corpora/tempeval3-train');
const articles = ['TimeBank', 'AQUAINT'].flatMap((folder) =>
  readdirSync(path.join(root, folder))
    .filter((f) => f.endsWith('.tml'))
    .map((f) => {
      const doc = readTimeML(readFileSync(path.join(root, folder, f), 'utf8'));
      return { id: f, text: doc.text, published: doc.dct };
    }),
);
const totalChars = articles.reduce((n, a) => n + a.text.length, 0);

function runOnce(): { ms: number; events: number } {
  let events = 0;
  const started = performance.now();
  for (const article of articles) events += extractArticleEvents(article).length;
  return { ms: performance.now() - started, events };
}

runOnce(); // warm-up: module-load lookups and JIT
const rounds = 5;
const times: number[] = [];
let events = 0;
for (let i = 0; i < rounds; i++) {
  const r = runOnce();
  times.push(r.ms);
  events = r.events;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(rounds / 2)]!;
const perArticle = median / articles.length;
const per3kb = (median / totalChars) * 3 * 1024;
console.log(`articles: ${articles.length}, characters: ${totalChars}, events per pass: ${events}`);
console.log(`median of ${rounds} passes: ${median.toFixed(0)} ms`);
console.log(`articles per second: ${(articles.length / (median / 1000)).toFixed(0)}`);
console.log(`ms per article (mean ${(totalChars / articles.length / 1024).toFixed(1)} KB): ${perArticle.toFixed(2)}`);
console.log(`ms per 3 KB article: ${per3kb.toFixed(2)}`);

const hostile: [string, (chars: number) => string][] = [
  ['date-dense', dateDenseText],
  ['event-dense', eventDenseText],
  ['one-line', oneLineText],
  ['no-space', noSpaceText],
];
for (const [name, make] of hostile) {
  const text = make(1024 * 1024);
  const started = performance.now();
  const found = extractArticleEvents({ id: name, text, published: '2023-09-21' }).length;
  console.log(`1 MB ${name} article: ${(performance.now() - started).toFixed(0)} ms, ${found} events`);
}

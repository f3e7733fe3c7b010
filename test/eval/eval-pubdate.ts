// Evaluates publication-date detection (app/ingest/publication-date.ts) against the creation dates
// annotated in the corpora: MEANTIME (Wikinews: headline line, then a date line) and TempEval-3
// TimeBank/AQUAINT (agency files whose names carry the date). Each document is scored twice: with its
// file name (as the app sees a dropped file) and text-only (datelines alone, as for pasted text).
// Prints, per corpus and mode: documents, dated, correct, wrong, and which source decided. WikiEvents has no
// creation dates; its text-only run lists every date found, as a check on false datelines.
// Usage: npm run eval:pubdate [-- --errors]

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectPublicationDate } from '../../app/ingest/publication-date';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpora = path.resolve(repoRoot, '../shared/corpora');
const showErrors = process.argv.includes('--errors');

interface GoldDocument {
  fileName: string;
  text: string;
  /** Gold creation date, YYYY-MM-DD. */
  dct: string;
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full, extension) : entry.name.endsWith(extension) ? [full] : [];
  });
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** MEANTIME CAT XML: sentences rebuilt from tokens, one line each; gold = the CREATION_TIME TIMEX3. */
function readMeantime(file: string): GoldDocument | null {
  const xml = readFileSync(file, 'utf8');
  const dct = /functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
  if (!dct) return null;
  const sentences = new Map<number, string[]>();
  for (const match of xml.matchAll(/<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const sentence = Number(match[1]);
    sentences.set(sentence, [...(sentences.get(sentence) ?? []), decodeXml(match[2] ?? '')]);
  }
  const lines = [...sentences.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, tokens]) =>
      tokens
        .join(' ')
        .replace(/ ([,.;:!?%)])/g, '$1')
        .replace(/([($]) /g, '$1'),
    );
  return { fileName: `${path.basename(file, '.xml')}.xml`, text: lines.join('\n'), dct };
}

/** TempEval-3 TimeML: text inside <TEXT> without tags; gold = the DCT value. */
function readTimeMl(file: string): GoldDocument | null {
  const xml = readFileSync(file, 'utf8');
  const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1];
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
  if (!dct || body === undefined) return null;
  return { fileName: path.basename(file), text: decodeXml(body.replace(/<[^>]+>/g, '')).replace(/^\s+/, ''), dct };
}

interface Tally {
  documents: number;
  dated: number;
  correct: number;
  wrong: number;
  bySource: Record<string, number>;
  errors: string[];
}

function evaluate(documents: GoldDocument[], useFileName: boolean): Tally {
  const tally: Tally = { documents: 0, dated: 0, correct: 0, wrong: 0, bySource: {}, errors: [] };
  for (const doc of documents) {
    const result = detectPublicationDate({ text: doc.text, fileName: useFileName ? doc.fileName : '' });
    tally.documents++;
    tally.bySource[result.publishedSource] = (tally.bySource[result.publishedSource] ?? 0) + 1;
    if (result.published === null) continue;
    tally.dated++;
    if (result.published === doc.dct) tally.correct++;
    else {
      tally.wrong++;
      tally.errors.push(`${doc.fileName}: got ${result.published} (${result.publishedNote}), gold ${doc.dct}`);
    }
  }
  return tally;
}

function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : '-';
}

const corpusDocuments: [string, GoldDocument[]][] = [
  [
    'MEANTIME',
    filesUnder(path.join(corpora, 'meantime/intra-doc_annotation'), '.xml')
      .map(readMeantime)
      .filter((d): d is GoldDocument => d !== null),
  ],
  [
    'TimeBank',
    filesUnder(path.join(corpora, 'tempeval3-train/TimeBank'), '.tml')
      .map(readTimeMl)
      .filter((d): d is GoldDocument => d !== null),
  ],
  [
    'AQUAINT',
    filesUnder(path.join(corpora, 'tempeval3-train/AQUAINT'), '.tml')
      .map(readTimeMl)
      .filter((d): d is GoldDocument => d !== null),
  ],
];

console.log('corpus      mode        docs  dated  correct  wrong  accuracy(dated)  coverage  sources');
for (const [name, documents] of corpusDocuments) {
  for (const useFileName of [true, false]) {
    const t = evaluate(documents, useFileName);
    const sources = Object.entries(t.bySource)
      .map(([source, count]) => `${source}:${count}`)
      .join(' ');
    console.log(
      `${name.padEnd(11)} ${(useFileName ? 'file+text' : 'text only').padEnd(10)} ${String(t.documents).padStart(5)} ${String(t.dated).padStart(6)} ` +
        `${String(t.correct).padStart(8)} ${String(t.wrong).padStart(6)}  ${percent(t.correct, t.dated).padStart(15)}  ${percent(t.correct, t.documents).padStart(8)}  ${sources}`,
    );
    if (showErrors) for (const error of t.errors) console.log(`    ${error}`);
  }
}

const wikiDocuments = ['dev.jsonl', 'test.jsonl'].flatMap((file) =>
  readFileSync(path.join(corpora, 'wikievents', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { doc_id: string; text: string }),
);
const wikiDated = wikiDocuments
  .map((doc) => ({ id: doc.doc_id, result: detectPublicationDate({ text: doc.text, fileName: '' }) }))
  .filter(({ result }) => result.published !== null);
console.log(
  `WikiEvents  text only  ${String(wikiDocuments.length).padStart(5)} ${String(wikiDated.length).padStart(6)}  (no gold; dates found below)`,
);
for (const { id, result } of wikiDated) console.log(`    ${id}: ${result.published} ${result.publishedNote}`);

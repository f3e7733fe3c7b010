// Benchmark of the whole `extract` command, start-up included, on the 256 TempEval-3 training articles:
// writes each article's text to a temp file named with its publication date (so the command reads the date from
// the file name, as it would for an analyst's files), runs `node dist/cli/extract.mjs` once over all of them and
// prints articles per second. Usage: npm run bench:extract (after the CLI bundle is built by that script).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readTimeML } from '../eval/timex/timeml';

const root = path.resolve(process.cwd(), '../shared/corpora/tempeval3-train');
const cli = path.resolve(process.cwd(), 'dist/cli/extract.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'bench-cli-'));
const files: string[] = [];
for (const folder of ['TimeBank', 'AQUAINT']) {
  for (const name of readdirSync(path.join(root, folder)).filter((f) => f.endsWith('.tml'))) {
    const doc = readTimeML(readFileSync(path.join(root, folder, name), 'utf8'));
    const file = path.join(dir, `${name.replace(/\.tml$/, '')}${doc.dct ? `-${doc.dct}` : ''}.txt`);
    writeFileSync(file, doc.text);
    files.push(file);
  }
}

const rounds = 3;
const times: number[] = [];
let documents = 0;
let events = 0;
for (let i = 0; i < rounds; i++) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  times.push(performance.now() - started);
  if (run.status !== 0) throw new Error(`extract exited with ${run.status}: ${run.stderr}`);
  const output = JSON.parse(run.stdout) as { documents: { events?: unknown[]; error?: string }[] };
  documents = output.documents.length;
  events = output.documents.reduce((n, d) => n + (d.events?.length ?? 0), 0);
  const failed = output.documents.filter((d) => d.error);
  if (failed.length > 0) throw new Error(`${failed.length} documents failed: ${failed[0]?.error}`);
}
rmSync(dir, { recursive: true, force: true });
times.sort((a, b) => a - b);
const median = times[Math.floor(rounds / 2)]!;
console.log(`extract command: ${documents} files, ${events} events, median of ${rounds} runs ${median.toFixed(0)} ms (start-up included)`);
console.log(`extract command articles per second: ${(documents / (median / 1000)).toFixed(0)}`);

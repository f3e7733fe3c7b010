// CLI: prints the TIMEX3 expressions of a text file as JSON.
// Usage: npm run --silent timex -- [--dct YYYY-MM-DD] FILE
// Without --dct the publication date is taken from a YYYY-MM-DD in the file name, if any.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { findTimexes } from '../../app/extract/timex';

/** Reads an article's text. The ingest module will replace this for non-text formats. */
function readArticleText(file: string): string {
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

function parseArgs(argv: string[]): { dct: string | null; file: string } {
  let dct: string | null = null;
  let file = '';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--dct') dct = argv[++i] ?? null;
    else if (arg.startsWith('--dct=')) dct = arg.slice(6);
    else file = arg;
  }
  if (!file) {
    console.error('usage: timex [--dct YYYY-MM-DD] FILE');
    process.exit(2);
  }
  if (dct !== null && !/^\d{4}-\d{2}-\d{2}$/.test(dct)) {
    console.error(`--dct must be YYYY-MM-DD, got "${dct}"`);
    process.exit(2);
  }
  dct ??= /(\d{4}-\d{2}-\d{2})/.exec(basename(file))?.[1] ?? null;
  return { dct, file };
}

const { dct, file } = parseArgs(process.argv.slice(2));
let text: string;
try {
  text = readArticleText(file);
} catch (error) {
  console.error(`cannot read ${file}: ${(error as Error).message}`);
  process.exit(1);
}
const timexes = findTimexes(text, dct);
console.log(JSON.stringify(timexes.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })), null, 1));

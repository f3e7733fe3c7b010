// Shared input handling of the command-line entries (extract, timex): the `--dct YYYY-MM-DD` option, the file list,
// and reading a file through the same ingest the app uses, so that offsets point into the same decoded text.
// Files are read synchronously: the commands take them one after another anyway, and the promise-based read spent
// 20-30 ms in thread-pool round trips on the 256 TempEval-3 articles (2-5 ms read synchronously). For the same
// reason the article id is hashed with Node's synchronous SHA-256 rather than the ingest's default, Web Crypto.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ingestFile, type IngestOutcome } from '../../app/ingest/ingest';

export interface CliArguments {
  /** Publication date that overrides whatever each file says. */
  dct?: string;
  files: string[];
}

/** Parses `[--dct YYYY-MM-DD] FILE...`; prints the usage and exits 2 on bad input. */
export function parseCliArguments(argv: readonly string[], usage: string, maxFiles = Infinity): CliArguments {
  const parsed: CliArguments = { files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--dct') parsed.dct = argv[++i] ?? '';
    else if (arg.startsWith('--dct=')) parsed.dct = arg.slice('--dct='.length);
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0 || parsed.files.length > maxFiles) fail(`usage: ${usage}`);
  if (parsed.dct !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(parsed.dct)) fail(`--dct must be YYYY-MM-DD, got "${parsed.dct}"`);
  return parsed;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** Reads and ingests one file; a read failure becomes an ingest failure naming the file. */
export async function ingestPath(file: string, dct: string | undefined): Promise<IngestOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    return { ok: false, fileName: basename(file), error: `${basename(file)}: ${error instanceof Error ? error.message : String(error)}` };
  }
  return ingestFile({ fileName: basename(file), bytes, publishedOverride: dct, sha256: sha256Sync });
}

/** The article id, as the ingest's sha256Hex computes it. */
export function sha256Sync(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

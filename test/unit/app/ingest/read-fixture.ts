// Test helper: the bytes of a file in test/fixtures/ingest/ (real files made with iconv/printf, see the README there).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/ingest/', import.meta.url));

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + name));
}

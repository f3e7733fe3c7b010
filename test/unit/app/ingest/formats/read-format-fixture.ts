// Test helper: the bytes of a file in test/fixtures/formats/ (real files made by make-fixtures.sh there).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FormatDocument, FormatReadResult } from '../../../../../app/ingest/formats/format-result';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/formats/', import.meta.url));

export function readFormatFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + name));
}

/** The document of a successful read; fails the test with the problem otherwise. */
export function documentOf(result: FormatReadResult): FormatDocument {
  if (!result.ok) throw new Error(`expected a document, got the problem: ${result.problem}`);
  return result.document;
}

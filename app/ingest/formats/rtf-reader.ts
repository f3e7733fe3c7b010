// Reads an RTF file: checks the {\rtf signature, converts it with rtf-to-text.ts and offers the \info
// title and creation / revision times as metadata.

import { readProblem, readSuccess, type FormatReadResult } from './format-result';
import { rtfToText } from './rtf-to-text';

function latin1(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) out += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return out;
}

/** Reads RTF bytes. */
export function readRtf(bytes: Uint8Array): FormatReadResult {
  const source = latin1(bytes).replace(/^\u00ef\u00bb\u00bf/, '');
  if (!/^\s*\{\\rtf/.test(source)) return readProblem('not an RTF file (content does not match the extension)');
  const converted = rtfToText(source);
  const metadataDates: { value: string; source: string }[] = [];
  if (converted.created) metadataDates.push({ value: converted.created, source: 'the RTF creation time' });
  if (converted.revised) metadataDates.push({ value: converted.revised, source: 'the RTF revision time' });
  const warnings = converted.unbalanced ? ['the RTF file ends early (unclosed groups); the text may be incomplete'] : [];
  return readSuccess({ text: converted.text, metadataTitle: converted.title, metadataDates, warnings });
}

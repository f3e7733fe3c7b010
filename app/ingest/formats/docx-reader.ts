// Reads a Word DOCX file: unzips word/document.xml (paragraphs) and docProps/core.xml (dc:title,
// dcterms:created, dcterms:modified) with fflate's inflater, and names the usual failures: password-protected
// documents (an OLE compound file holding an EncryptedPackage), old binary .doc files, files that are not
// zip archives, damaged archives, archives without a Word document, oversized unpacked parts, and parts whose
// zip headers understate their size (zip-members.ts checks sizes and CRC-32 instead of trusting the headers).

import { docxParagraphs } from './docx-paragraphs';
import { readProblem, readSuccess, megabytesLabel, type FormatReadResult } from './format-result';
import { firstElementText } from './xml-scan';
import { readZipMembers } from './zip-members';

const DOCUMENT_PART = 'word/document.xml';
const CORE_PROPERTIES_PART = 'docProps/core.xml';
/** Largest unpacked document.xml we read (a zip bomb guard). */
export const MAX_DOCX_PART_BYTES = 64 * 1024 * 1024;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** True when the UTF-16LE stream name "EncryptedPackage" occurs in an OLE compound file. */
function hasEncryptedPackageStream(bytes: Uint8Array): boolean {
  const name = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let j = 0; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer;
    return true;
  }
  return false;
}

function compoundFileProblem(bytes: Uint8Array): string {
  return hasEncryptedPackageStream(bytes)
    ? 'the Word document is encrypted (password protected)'
    : 'this is an old Word 97-2003 (.doc) file, not DOCX; save it as .docx first';
}

/** Reads DOCX bytes; `maxPartBytes` bounds the unpacked size of the parts read. */
export function readDocx(bytes: Uint8Array, maxPartBytes = MAX_DOCX_PART_BYTES): FormatReadResult {
  if (startsWith(bytes, OLE_SIGNATURE)) return readProblem(compoundFileProblem(bytes));
  if (!startsWith(bytes, ZIP_SIGNATURE)) return readProblem('not a Word (DOCX) file (content does not match the extension)');
  const unzipped = readZipMembers(bytes, [DOCUMENT_PART, CORE_PROPERTIES_PART], maxPartBytes);
  if (!unzipped.ok) {
    if (unzipped.problem === 'oversized') {
      return readProblem(`the Word document is too large when unpacked (${unzipped.member} is over ${megabytesLabel(maxPartBytes)})`);
    }
    if (unzipped.problem === 'size-mismatch') {
      const cut = 'does not have the size its zip header states, so its text would be cut off';
      return readProblem(`the Word document is truncated or damaged: ${unzipped.member} ${cut}`);
    }
    return readProblem('the Word document is damaged or truncated');
  }
  const parts = unzipped.members;
  const documentPart = parts.get(DOCUMENT_PART);
  if (!documentPart) return readProblem('not a Word document (the archive has no word/document.xml)');
  const decoder = new TextDecoder('utf-8');
  const text = docxParagraphs(decoder.decode(documentPart)).join('\n\n');
  const corePart = parts.get(CORE_PROPERTIES_PART);
  const coreXml = corePart ? decoder.decode(corePart) : '';
  const metadataDates: { value: string; source: string }[] = [];
  const created = firstElementText(coreXml, 'dcterms:created');
  const modified = firstElementText(coreXml, 'dcterms:modified');
  if (created) metadataDates.push({ value: created, source: 'the document creation date' });
  if (modified) metadataDates.push({ value: modified, source: 'the document modification date' });
  return readSuccess({ text, metadataTitle: firstElementText(coreXml, 'dc:title'), metadataDates, warnings: [] });
}

// Reads a Word DOCX file: unzips word/document.xml (paragraphs) and docProps/core.xml (dc:title,
// dcterms:created, dcterms:modified) with fflate, and names the usual failures: password-protected
// documents (an OLE compound file holding an EncryptedPackage), old binary .doc files, files that are not
// zip archives, damaged archives, archives without a Word document, and oversized unpacked parts.

import { unzipSync } from 'fflate';
import { docxParagraphs } from './docx-paragraphs';
import { readProblem, readSuccess, megabytesLabel, type FormatReadResult } from './format-result';
import { firstElementText } from './xml-scan';

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
  let oversized: string | null = null;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        const wanted = file.name === DOCUMENT_PART || file.name === CORE_PROPERTIES_PART;
        if (wanted && file.originalSize > maxPartBytes) oversized = file.name;
        return wanted && file.originalSize <= maxPartBytes;
      },
    });
  } catch {
    return readProblem('the Word document is damaged or truncated');
  }
  if (oversized) return readProblem(`the Word document is too large when unpacked (${oversized} is over ${megabytesLabel(maxPartBytes)})`);
  const documentPart = parts[DOCUMENT_PART];
  if (!documentPart) return readProblem('not a Word document (the archive has no word/document.xml)');
  const decoder = new TextDecoder('utf-8');
  const text = docxParagraphs(decoder.decode(documentPart)).join('\n\n');
  const coreXml = parts[CORE_PROPERTIES_PART] ? decoder.decode(parts[CORE_PROPERTIES_PART]) : '';
  const metadataDates: { value: string; source: string }[] = [];
  const created = firstElementText(coreXml, 'dcterms:created');
  const modified = firstElementText(coreXml, 'dcterms:modified');
  if (created) metadataDates.push({ value: created, source: 'the document creation date' });
  if (modified) metadataDates.push({ value: modified, source: 'the document modification date' });
  return readSuccess({ text, metadataTitle: firstElementText(coreXml, 'dc:title'), metadataDates, warnings: [] });
}

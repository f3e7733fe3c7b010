// Reads a PDF with pdf.js: the text layer of every page in reading order (see pdf-text-layout.ts), the title
// and dates of the document information dictionary (with XMP as a fallback), and specific problems for files
// that are not PDFs, are damaged or truncated, are password protected, have too many pages or no text layer.
// PDFs restricted only by an owner password (no printing, no copying) open without one, as in any viewer.

import { readProblem, readSuccess, type FormatReadResult } from './format-result';
import { pdfDateToIso } from './pdf-date';
import { pagesToText, type PositionedText } from './pdf-text-layout';
import { loadPdfJs } from './pdfjs-loader';

export const MAX_PDF_PAGES = 500;

export interface PdfReadOptions {
  maxPages?: number;
}

/** The PDF header must start within the first kilobyte, the end-of-file marker within the last one. */
const MARKER_WINDOW = 1024;

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  return latin1(bytes.subarray(0, MARKER_WINDOW)).includes('%PDF-');
}

function hasEndOfFileMarker(bytes: Uint8Array): boolean {
  return latin1(bytes.subarray(Math.max(0, bytes.length - MARKER_WINDOW))).includes('%%EOF');
}

export interface PdfMetadata {
  info?: unknown;
  metadata?: { get(name: string): unknown } | null;
}

function stringField(record: unknown, name: string): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const value = (record as Record<string, unknown>)[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function xmpField(metadata: PdfMetadata['metadata'], name: string): string | null {
  const value = metadata?.get(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Titles that producers fill in from a file name or a template, not a headline. */
const PLACEHOLDER_TITLE = /^(?:microsoft (?:word|powerpoint) - .*|untitled.*|document\d*|.*\.(?:docx?|pdf|odt|rtf|indd|qxd|txt))$/i;

function usableTitle(title: string | null): string | null {
  return title && !PLACEHOLDER_TITLE.test(title) ? title : null;
}

/** Title and date candidates: Info CreationDate, XMP CreateDate, Info ModDate, XMP ModifyDate. */
export function readPdfMetadata(meta: PdfMetadata): { title: string | null; dates: { value: string; source: string }[] } {
  const title = usableTitle(stringField(meta.info, 'Title')) ?? usableTitle(xmpField(meta.metadata, 'dc:title'));
  const candidates: [string | null, string][] = [
    [stringField(meta.info, 'CreationDate'), 'the PDF creation date'],
    [xmpField(meta.metadata, 'xmp:createdate'), 'the PDF XMP creation date'],
    [stringField(meta.info, 'ModDate'), 'the PDF modification date'],
    [xmpField(meta.metadata, 'xmp:modifydate'), 'the PDF XMP modification date'],
  ];
  const dates: { value: string; source: string }[] = [];
  for (const [raw, source] of candidates) {
    const iso = raw ? pdfDateToIso(raw) : null;
    if (iso) dates.push({ value: iso, source });
  }
  return { title, dates };
}

function problemOf(error: unknown): string {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  if (name === 'PasswordException') return 'the PDF is encrypted (password protected)';
  return 'the PDF is damaged or truncated';
}

function positioned(item: unknown): PositionedText | null {
  if (typeof item !== 'object' || item === null || !('str' in item)) return null;
  const { str, transform, width, height } = item as { str: string; transform: number[]; width: number; height: number };
  const size = Math.hypot(transform[2] ?? 0, transform[3] ?? 0) || height;
  return { text: str, x: transform[4] ?? 0, y: transform[5] ?? 0, width, size };
}

/** Reads PDF bytes (never modified: pdf.js gets a copy). */
export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<FormatReadResult> {
  if (!hasPdfHeader(bytes)) return readProblem('not a PDF file (content does not match the extension)');
  if (!hasEndOfFileMarker(bytes)) return readProblem('the PDF is damaged or truncated');
  const maxPages = options.maxPages ?? MAX_PDF_PAGES;
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw new ReadFailure(problemOf(error));
    });
    if (document.numPages > maxPages) return readProblem(`the PDF has too many pages (${document.numPages}; limit ${maxPages})`);
    const pages: PositionedText[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.map(positioned).filter((item): item is PositionedText => item !== null));
      page.cleanup();
    }
    const metadata = readPdfMetadata((await document.getMetadata().catch(() => ({}))) as PdfMetadata);
    const text = pagesToText(pages);
    if (text.trim() === '') return readProblem('the PDF has no text layer (scanned pages need OCR first)');
    return readSuccess({ text, metadataTitle: metadata.title, metadataDates: metadata.dates, warnings: [] });
  } catch (error) {
    return readProblem(error instanceof ReadFailure ? error.message : problemOf(error));
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

class ReadFailure extends Error {}

// Entry point of the ingest: file bytes (or pasted text) → an Article with decoded text, title,
// publication date and id, or a specific error that starts with the file name. Never throws for bad
// input. Runs anywhere (Web Worker, Electron main, Node CLI, tests): no DOM, no Node APIs.
// Text formats (txt, md, html) are decoded here; PDF, DOCX, e-mail, RTF and CSV / JSON event lists are read
// from their bytes by the readers in formats/.

import { eventsFromImportedRows } from '../extract/imported-rows';
import type { Article, ArticleFormat } from '../model/article';
import { chooseTitle, headlineFromText } from './article-title';
import { sha256Hex } from './content-hash';
import { decodeText, looksBinary, normaliseLineEndings } from './decode/decode-text';
import { declaredHtmlCharset } from './decode/html-charset';
import { formatOfFile } from './file-format';
import { MAX_IMPORT_BYTES } from './import-limits';
import { readDocument } from './format-readers';
import { readProblem, readSuccess, type FormatReadResult } from './formats/format-result';
import { isByteFormat, isEventListFormat, readFormatBytes } from './formats/read-format';
import { detectPublicationDate, NO_DATE_WARNING } from './publication-date';

export type IngestOutcome = { ok: true; article: Article; warnings: string[] } | { ok: false; fileName: string; error: string };

export interface IngestFileInput {
  fileName: string;
  bytes: Uint8Array;
  /** Publication date the user set (YYYY-MM-DD); wins over everything found in the file. */
  publishedOverride?: string;
  /**
   * The SHA-256 of the bytes in hex (the article id), when the caller has a quicker way than Web Crypto's: the CLI
   * passes Node's synchronous hash, as awaiting crypto.subtle for each of 256 small files cost it 50-250 ms.
   */
  sha256?: (bytes: Uint8Array) => string;
}

export const PASTED_FILE_NAME = 'Pasted text';

function failure(fileName: string, problem: string): IngestOutcome {
  return { ok: false, fileName, error: `${fileName}: ${problem}` };
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

/** Checks that apply before decoding; returns the problem or null. */
function precheck(fileName: string, bytes: Uint8Array): string | null {
  const format = formatOfFile(fileName);
  if (format === null) return 'unsupported file type';
  if (bytes.byteLength === 0) return 'file is empty';
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return `file is too large (${megabytes(bytes.byteLength)} MB; limit ${megabytes(MAX_IMPORT_BYTES)} MB)`;
  }
  return null;
}

/** Reads a text format (txt, md, html): decoded first, in the charset an HTML file declares. */
function readTextFormat(format: ArticleFormat, bytes: Uint8Array): FormatReadResult {
  if (looksBinary(bytes)) return readProblem('not a text file (binary content)');
  const decoded = decodeText(bytes, format === 'html' ? (declaredHtmlCharset(bytes) ?? undefined) : undefined);
  if (decoded.text.includes('\u0000')) return readProblem('not a text file (binary content)');
  const document = readDocument(format, decoded.text);
  if (!document) return readProblem('unsupported file type');
  const warnings = decoded.encoding === 'windows-1252' ? ['not valid UTF-8; read as Windows-1252'] : [];
  return readSuccess({ ...document, warnings: [...warnings, ...(decoded.warnings ?? []), ...(document.warnings ?? [])] });
}

/** Reads one dropped or picked file. */
export async function ingestFile(input: IngestFileInput): Promise<IngestOutcome> {
  const { fileName, bytes } = input;
  try {
    const problem = precheck(fileName, bytes);
    if (problem) return failure(fileName, problem);
    const format = formatOfFile(fileName) ?? 'txt';
    const read = isByteFormat(format) ? await readFormatBytes(format, bytes) : readTextFormat(format, bytes);
    if (!read.ok) return failure(fileName, read.problem);
    const document = read.document;
    if (document.text.trim() === '') return failure(fileName, 'no text found in the file');
    // an event list's rows are not an article: its first date is no dateline, and it has no relative dates
    const eventList = isEventListFormat(format);
    const date = detectPublicationDate({
      text: eventList ? '' : document.text,
      fileName,
      override: input.publishedOverride,
      metadataDates: document.metadataDates,
    });
    const warnings = [...date.warnings.filter((w) => !(eventList && w === NO_DATE_WARNING)), ...document.warnings];
    const article: Article = {
      id: input.sha256 ? input.sha256(bytes) : await sha256Hex(bytes),
      fileName,
      format,
      title: chooseTitle(document.metadataTitle, document.text, fileName),
      text: document.text,
      published: date.published,
      publishedSource: date.publishedSource,
      publishedNote: date.publishedNote,
      byteLength: bytes.byteLength,
      importedAt: new Date().toISOString(),
      ...(document.importedEvents ? { rows: document.importedEvents } : {}),
    };
    // rows that will not become events (unknown type, no date) are reported now, at import
    if (article.rows) warnings.push(...eventsFromImportedRows(article).warnings);
    return { ok: true, article, warnings };
  } catch (error) {
    return failure(fileName, `could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/**
 * Reads text pasted into the app. A `published` date given with it is the user's own statement
 * (publishedSource 'user'); otherwise the date is looked for in the text as for files.
 */
export async function ingestPastedText(text: string, options: { title?: string; published?: string } = {}): Promise<IngestOutcome> {
  try {
    const normalised = normaliseLineEndings(text.replace(/^\ufeff/, ''));
    if (normalised.trim() === '') return failure(PASTED_FILE_NAME, 'text is empty');
    const bytes = new TextEncoder().encode(normalised);
    if (bytes.byteLength > MAX_IMPORT_BYTES) {
      return failure(PASTED_FILE_NAME, `text is too large (${megabytes(bytes.byteLength)} MB; limit ${megabytes(MAX_IMPORT_BYTES)} MB)`);
    }
    const date = detectPublicationDate({ text: normalised, fileName: '', override: options.published });
    const userDate = date.publishedSource === 'override';
    const article: Article = {
      id: await sha256Hex(bytes),
      fileName: PASTED_FILE_NAME,
      format: 'txt',
      title: options.title?.trim() || headlineFromText(normalised) || PASTED_FILE_NAME,
      text: normalised,
      published: date.published,
      publishedSource: userDate ? 'user' : date.publishedSource,
      publishedNote: userDate ? 'entered with the pasted text' : date.publishedNote,
      byteLength: bytes.byteLength,
      importedAt: new Date().toISOString(),
    };
    return { ok: true, article, warnings: date.warnings };
  } catch (error) {
    return failure(PASTED_FILE_NAME, `could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

// Dispatches the formats read from raw bytes (PDF, DOCX, e-mail, RTF, CSV / JSON event lists) to their
// readers. Text formats (txt, md, html) are decoded first and read by ../format-readers.ts instead.

import type { ArticleFormat } from '../../model/article';
import { readDocx } from './docx-reader';
import { readEml } from './eml-reader';
import { readEventList } from './event-list-reader';
import type { FormatReadResult } from './format-result';
import { readPdf } from './pdf-reader';
import { readRtf } from './rtf-reader';

export type ByteFormat = 'pdf' | 'docx' | 'eml' | 'rtf' | 'json' | 'csv';

const BYTE_FORMATS: ReadonlySet<ArticleFormat> = new Set<ArticleFormat>(['pdf', 'docx', 'eml', 'rtf', 'json', 'csv']);

/** True for formats whose reader takes the file's bytes rather than decoded text. */
export function isByteFormat(format: ArticleFormat): format is ByteFormat {
  return BYTE_FORMATS.has(format);
}

/** True for analyst event lists, whose text is a rendering of rows rather than an article. */
export function isEventListFormat(format: ArticleFormat): format is 'json' | 'csv' {
  return format === 'json' || format === 'csv';
}

/** Reads the bytes of a file in one of the byte formats. */
export async function readFormatBytes(format: ByteFormat, bytes: Uint8Array): Promise<FormatReadResult> {
  switch (format) {
    case 'pdf':
      return readPdf(bytes);
    case 'docx':
      return readDocx(bytes);
    case 'eml':
      return readEml(bytes);
    case 'rtf':
      return readRtf(bytes);
    case 'json':
    case 'csv':
      return readEventList(format, bytes);
  }
}

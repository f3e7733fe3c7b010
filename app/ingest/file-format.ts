// Maps a file name to the article format it is read as, and knows which formats are not readable yet.

import type { ArticleFormat } from '../model/article';

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html', xhtml: 'html',
  pdf: 'pdf', docx: 'docx', eml: 'eml', rtf: 'rtf', json: 'json', csv: 'csv',
};

/** Formats the ingest reads today. */
export const READABLE_FORMATS: ReadonlySet<ArticleFormat> = new Set<ArticleFormat>(['txt', 'md', 'html']);

/** Display names for formats announced but not yet readable. */
export const PENDING_FORMAT_NAMES: Partial<Record<ArticleFormat, string>> = {
  pdf: 'PDF', docx: 'Word (DOCX)', eml: 'E-mail (EML)', rtf: 'RTF', json: 'JSON', csv: 'CSV',
};

/** The lower-case extension without the dot, or '' when there is none. */
export function fileExtension(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format for a file name; files without an extension are read as plain text; null = unsupported. */
export function formatOfFile(fileName: string): ArticleFormat | null {
  const extension = fileExtension(fileName);
  if (extension === '') return 'txt';
  return FORMAT_BY_EXTENSION[extension] ?? null;
}

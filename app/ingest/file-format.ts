// Maps a file name to the article format it is read as.

import type { ArticleFormat } from '../model/article';

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
  eml: 'eml',
  rtf: 'rtf',
  json: 'json',
  csv: 'csv',
};

/** Every extension the ingest reads, for file pickers ("accept" lists, dialog filters). */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

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

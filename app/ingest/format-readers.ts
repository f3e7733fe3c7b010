// One reader per readable format: decoded file text → article text, plus the title and publication-date
// candidates the document itself declares.

import type { ArticleFormat } from '../model/article';
import { extractMainText } from './html/html-main-text';
import { readHtmlMetadata } from './html/html-metadata';
import { parseHtml } from './html/html-tree';
import { markdownToText } from './markdown-to-text';

export interface ReadDocument {
  text: string;
  metadataTitle: string | null;
  metadataDates: { value: string; source: string }[];
  warnings?: string[];
}

function readPlainText(decoded: string): ReadDocument {
  return { text: decoded, metadataTitle: null, metadataDates: [] };
}

function readMarkdown(decoded: string): ReadDocument {
  const document = markdownToText(decoded);
  const metadataDates = document.date ? [{ value: document.date, source: 'the front matter date' }] : [];
  return { text: document.text, metadataTitle: document.title, metadataDates, warnings: document.warnings ?? [] };
}

function readHtml(decoded: string): ReadDocument {
  const tree = parseHtml(decoded);
  const metadata = readHtmlMetadata(tree);
  return { text: extractMainText(tree), metadataTitle: metadata.title, metadataDates: metadata.dates };
}

const READERS: Partial<Record<ArticleFormat, (decoded: string) => ReadDocument>> = {
  txt: readPlainText,
  md: readMarkdown,
  html: readHtml,
};

/** Reads decoded text in the given format; null when the format has no reader yet. */
export function readDocument(format: ArticleFormat, decoded: string): ReadDocument | null {
  const reader = READERS[format];
  return reader ? reader(decoded) : null;
}

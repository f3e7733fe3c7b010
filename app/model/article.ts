// An imported article: decoded text plus the metadata the timeline needs.

/** Where the publication date came from, most reliable first. */
export type PublishedSource = 'override' | 'user' | 'metadata' | 'dateline' | 'filename' | 'none';

export type ArticleFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'eml' | 'rtf' | 'json' | 'csv';

export interface Article {
  /** SHA-256 of the file bytes, hex: the same file dropped twice has the same id. */
  id: string;
  fileName: string;
  format: ArticleFormat;
  title: string;
  /** Decoded plain text; evidence offsets point into it. */
  text: string;
  /** Publication date YYYY-MM-DD (or a coarser ISO prefix), or null when unknown. */
  published: string | null;
  publishedSource: PublishedSource;
  /** Human-readable note about the publication date (e.g. "from the dateline 'MOSCOW, Sept. 21'"). */
  publishedNote?: string;
  byteLength: number;
  importedAt: string; // ISO timestamp
  /** Rows of an analyst's own event list (CSV / JSON import); `text` then holds one readable line per row. */
  rows?: ImportedEventRow[];
}

/** One row of an imported event list, as written by the analyst, with where its line sits in `Article.text`. */
export interface ImportedEventRow {
  /** 1-based number of the row in the file (CSV: data row after the header; JSON: array position). */
  rowNumber: number;
  /** UTF-16 offsets of the row's line in `Article.text` (end exclusive). */
  lineStart: number;
  lineEnd: number;
  date: string | null;
  endDate: string | null;
  title: string | null;
  type: string | null;
  participants: string[];
  places: string[];
  status: string | null;
  description: string | null;
  source: string | null;
}

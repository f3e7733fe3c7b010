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
}

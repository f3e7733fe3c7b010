// The shape every reader in app/ingest/formats/ returns: the article text with the title and publication-date
// candidates the file declares, or a specific problem (without the file name; the caller prefixes it).

import type { ImportedEventRow } from '../../model/article';

export interface FormatDocument {
  text: string;
  metadataTitle: string | null;
  /** Publication-date candidates from the file's own metadata, most reliable first. */
  metadataDates: { value: string; source: string }[];
  warnings: string[];
  /** Rows of an analyst's own event list (CSV / JSON), with their line offsets in `text`. */
  importedEvents?: ImportedEventRow[];
}

export type FormatReadResult = { ok: true; document: FormatDocument } | { ok: false; problem: string };

export function readProblem(problem: string): FormatReadResult {
  return { ok: false, problem };
}

export function readSuccess(document: FormatDocument): FormatReadResult {
  return { ok: true, document };
}

/** A size for messages: "12 MB", or "800 KB" below a megabyte. */
export function megabytesLabel(bytes: number): string {
  const megabyte = 1024 * 1024;
  return bytes < megabyte ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${Math.round(bytes / megabyte)} MB`;
}

// The full-text index of the Search field (MiniSearch, kept in the view-index worker): one document per drawn
// event with its label, participants, places and the article sentences that report it (plus the article title),
// prefix and light fuzzy matching, every term required.

import MiniSearch from 'minisearch';
import type { StoredEvent } from '../../app/storage/schema';

export interface SearchDocument {
  id: string;
  label: string;
  names: string;
  places: string;
  text: string;
}

/** Longest article text kept per event document (its reporting sentences). */
const MAX_TEXT = 600;

export function searchDocumentOf(event: StoredEvent, articleTitle: string): SearchDocument {
  const sentences = event.evidence.map((evidence) => evidence.text).join(' ');
  return {
    id: event.id,
    label: event.label,
    names: event.participants.join(' ; '),
    places: event.places.join(' ; '),
    text: `${articleTitle} ${sentences}`.slice(0, MAX_TEXT),
  };
}

export function createSearchIndex(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: ['label', 'names', 'places', 'text'],
    storeFields: [],
    searchOptions: {
      boost: { label: 2, names: 2, places: 1.5 },
      prefix: true,
      fuzzy: (term) => (term.length > 5 ? 0.15 : 0),
      combineWith: 'AND',
    },
  });
}

/** Matching event ids with the matched terms, best first. */
export function searchEvents(index: MiniSearch<SearchDocument>, text: string): Array<{ id: string; terms: string[] }> {
  if (text.trim() === '') return [];
  return index.search(text).map((result) => ({ id: String(result.id), terms: result.terms }));
}

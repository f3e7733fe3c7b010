// The "Search" field of the view bar and the list of its matches, each with the sentence that reports it and the
// matched words marked. The text goes to the store's `search` (as soon as the worker is free); the matches come
// from the full-text index in the view-index worker, under the current filters. Choosing a match selects it.

import { useEffect, useState } from 'react';
import { useIndexGeneration } from '../search/use-index-generation';
import { viewIndexClient } from '../search/view-index-client';
import type { SearchHit } from '../search/view-messages';
import { useUiStore } from '../state/ui-store';

const LISTED = 50;

export function SearchBox() {
  const search = useUiStore((state) => state.search);
  const setSearch = useUiStore((state) => state.setSearch);
  const [text, setText] = useState(search);
  useEffect(() => setText(search), [search]);
  // No typing pause: the text applies at once when the worker is idle; keys typed while it answers the previous text
  // are applied together as soon as it is done (so fast typing never queues a search per key).
  useEffect(() => {
    if (text === search) return;
    let current = true;
    void viewIndexClient()
      .whenIdle()
      .then(() => current && setSearch(text));
    return () => {
      current = false;
    };
  }, [text, search, setSearch]);
  return (
    <label className="view-control search-box">
      <span className="visually-hidden">Search</span>
      <input
        type="search"
        aria-label="Search"
        placeholder="Search events, people, places, text"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </label>
  );
}

/** The sentence with every word starting with a matched term marked. */
function MarkedSentence({ sentence, terms }: { sentence: string; terms: string[] }) {
  const words = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).filter(Boolean);
  if (words.length === 0) return <>{sentence}</>;
  const pattern = new RegExp(`(\\b(?:${words.join('|')})\\w*)`, 'giu');
  return <>{sentence.split(pattern).map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>))}</>;
}

interface ResultsProps {
  version: number;
  onChoose(hit: SearchHit): void;
}

export function SearchResults({ version, onChoose }: ResultsProps) {
  const search = useUiStore((state) => state.search);
  const filters = useUiStore((state) => state.filters);
  const [found, setFound] = useState<{ hits: SearchHit[]; total: number } | null>(null);
  const generation = useIndexGeneration(search.trim() !== '');
  useEffect(() => {
    if (search.trim() === '') return setFound(null);
    let current = true;
    void viewIndexClient()
      .hits(search, filters, LISTED)
      .then((result) => current && setFound(result));
    return () => {
      current = false;
    };
  }, [search, filters, version, generation]);
  if (!found) return null;
  return (
    <section className="search-results" aria-label="Search results">
      <h2 className="section-title" data-hit-count={found.total}>
        {found.total.toLocaleString('en')} match{found.total === 1 ? '' : 'es'} for “{search}”
      </h2>
      <ul>
        {found.hits.map((hit) => (
          <li key={hit.eventId}>
            <button type="button" className="search-hit" data-event-id={hit.eventId} onClick={() => onChoose(hit)}>
              <span className="search-hit-label">
                <MarkedSentence sentence={hit.label} terms={hit.terms} /> <span className="muted">{hit.start}</span>
              </span>
              <span className="search-hit-sentence">
                <MarkedSentence sentence={hit.sentence} terms={hit.terms} />
              </span>
            </button>
          </li>
        ))}
      </ul>
      {found.total > found.hits.length && (
        <p className="muted">{(found.total - found.hits.length).toLocaleString('en')} more on the timeline</p>
      )}
    </section>
  );
}

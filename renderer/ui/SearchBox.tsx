// The "Search" field of the view bar and the list of its matches, each with the sentence that reports it and the
// matched words marked. Every key goes to the store's `search` at once, with no typing pause: the view-index worker
// drops the work of a text typed past (view-requests.ts), so the last text never waits for earlier ones. The
// matches come from the full-text index in that worker, under the current filters, and are rendered as a transition
// (in slices, given up for newer matches), so typing stays ahead of them. Choosing a match selects it.

import { startTransition, useEffect, useState } from 'react';
import { useIndexGeneration } from '../search/use-index-generation';
import { viewIndexClient } from '../search/view-index-client';
import type { SearchHit } from '../search/view-messages';
import type { EventFilters } from '../../app/model/event-filter';
import { useUiStore } from '../state/ui-store';
import { formatCount } from '../../app/model/format-count';

const LISTED = 50;

export function SearchBox() {
  const search = useUiStore((state) => state.search);
  const setSearch = useUiStore((state) => state.setSearch);
  return (
    <label className="view-control search-box">
      <span className="visually-hidden">Search</span>
      <input
        type="search"
        aria-label="Search"
        placeholder="Search events, people, places, text"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
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
  const searching = useUiStore((state) => state.search.trim() !== '');
  const [found, setFound] = useState<{ text: string; hits: SearchHit[]; total: number } | null>(null);
  const generation = useIndexGeneration(searching);
  // Asked on every change of the search or filters (by subscription: typing re-renders this only when matches come).
  useEffect(() => {
    if (!searching) return setFound(null);
    let asked = 0;
    const ask = ({ search, filters }: { search: string; filters: EventFilters }): void => {
      const mine = ++asked;
      if (search.trim() === '') return;
      void viewIndexClient()
        .hits(search, filters, LISTED)
        .then((result) => mine === asked && startTransition(() => setFound({ text: search, ...result })));
    };
    ask(useUiStore.getState());
    const unsubscribe = useUiStore.subscribe((state, previous) => {
      if (state.search !== previous.search || state.filters !== previous.filters) ask(state);
    });
    return () => {
      asked = Number.NaN; // no answer is current any more
      unsubscribe();
    };
  }, [searching, version, generation]);
  if (!found) return null;
  return (
    <section className="search-results" aria-label="Search results">
      <h2 className="section-title" data-hit-count={found.total}>
        {formatCount(found.total)} match{found.total === 1 ? '' : 'es'} for “{found.text}”
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
      {found.total > found.hits.length && <p className="muted">{formatCount(found.total - found.hits.length)} more on the timeline</p>}
    </section>
  );
}

// The view-index worker's indexes kept up to date event by event (renderer/search/search-index.ts, term-index.ts):
// after any sequence of adds, changes and deletes, search results, window answers, article counts and hit ranking
// equal those of an index built from scratch on the final events; and the term index matches exactly the events
// MiniSearch (with the same prefix, fuzzy and AND options) matches.

import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type EventFilters } from '../../../app/model/event-filter';
import type { StoredEvent } from '../../../app/storage/schema';
import type { ViewAnswer, ViewQuery } from '../../../app/view/view-index';
import { SearchableEvents, searchDocumentOf } from '../../../renderer/search/search-index';
import { syntheticCase } from '../../e2e/seed-events';

const title = (articleId: string): string => `Report ${articleId}`;
const events = syntheticCase(3_000, 5).events as unknown as StoredEvent[];

function built(rows: readonly StoredEvent[]): SearchableEvents {
  const state = new SearchableEvents();
  state.apply(rows, [], title);
  return state;
}

const matchedIds = (state: SearchableEvents, text: string): string[] => {
  const found = state.search(text);
  if (!found) return [];
  return [...found.mask.keys()]
    .filter((slot) => found.mask[slot] === 1)
    .map((slot) => state.index.at(slot)!.id)
    .sort();
};

const query = (filters: EventFilters = NO_FILTERS, laneMode: ViewQuery['laneMode'] = 'none'): ViewQuery => ({
  start: '2015-01-01',
  end: '2024-12-31',
  buckets: 24,
  filters,
  laneMode,
  maxLanes: 8,
  itemBudget: 250,
});

const SEARCHES = ['Amara', 'amara okafor', 'Lindqvst', 'geneva met', 'visited Oslo', 'zebra', 'Report syn-3'];

/** A window answer with its cells and items in a fixed order (the index lists them in slot order). */
const ordered = (answer: ViewAnswer) => ({
  ...answer,
  cells: [...answer.cells].sort((a, b) => a.lane.localeCompare(b.lane) || a.bucket - b.bucket),
  items: answer.items && [...answer.items].sort((a, b) => a.id.localeCompare(b.id)),
});

/** Everything the worker answers from its indexes, for one search text. */
function answers(state: SearchableEvents, text: string) {
  const mask = state.search(text)?.mask ?? null;
  const meetings = { ...NO_FILTERS, types: ['meeting' as const] };
  const best = state.search(text)?.best(20, state.index.slotTest(NO_FILTERS));
  return {
    ids: matchedIds(state, text),
    window: ordered(state.index.query(query(), mask)),
    meetings: ordered(state.index.query(query(meetings, 'participant'), mask)),
    articles: [...state.index.articleCounts(meetings, mask)].sort(),
    best: best ? { total: best.total, ids: best.slots.map((slot) => state.index.at(slot)!.id) } : null,
  };
}

describe('incremental search and view index', () => {
  it('finds exactly what MiniSearch finds with the same options', () => {
    const state = built(events);
    const mini = new MiniSearch<ReturnType<typeof searchDocumentOf> & { id: string }>({
      fields: ['label', 'names', 'places', 'text'],
      searchOptions: { prefix: true, fuzzy: (term) => (term.length > 5 ? 0.15 : 0), combineWith: 'AND' },
    });
    mini.addAll(events.map((event) => ({ id: event.id, ...searchDocumentOf(event, title(event.articleId)) })));
    for (const text of SEARCHES) {
      const expected = mini
        .search(text)
        .map((result) => String(result.id))
        .sort();
      expect(matchedIds(state, text), text).toEqual(expected);
    }
    expect(matchedIds(state, 'Amara').length).toBeGreaterThan(100);
    expect(matchedIds(state, 'zebra')).toEqual([]);
  });

  it('gives after adds, changes and deletes the same answers as a rebuild from the final events', () => {
    const state = new SearchableEvents();
    state.apply(events.slice(0, 2_000), [], title);
    // Changes: relabel some (a new word), move some in time and type, delete some, add the rest later.
    const changed = events.slice(0, 300).map((event, i) => ({
      ...event,
      label: `${event.label} zebra`,
      type: i % 2 === 0 ? ('visit' as const) : event.type,
      start: i % 3 === 0 ? '2016-06-01' : event.start,
      end: i % 3 === 0 ? '2016-06-01' : event.end,
    }));
    state.apply(changed, [], title);
    const deleted = events.slice(300, 700).map((event) => event.id);
    state.apply([], deleted, title);
    state.apply(events.slice(2_000), [], title);
    state.apply(changed.slice(0, 50), ['never-indexed'], title); // the same rows again
    state.apply([], [events[0]!.id], title); // a changed one deleted
    const final = [...changed.slice(1, 300), ...events.slice(700)];
    const fresh = built(final);
    expect(state.index.size).toBe(final.length);
    for (const text of [...SEARCHES, '']) expect(answers(state, text), text).toEqual(answers(fresh, text));
    expect(matchedIds(state, 'zebra')).toHaveLength(299);
    expect(state.index.names(5)).toEqual(fresh.index.names(5));
  });

  it('ranks the best hits first and counts every hit the filters let through', () => {
    const state = built(events);
    const found = state.search('Amara')!;
    const all = found.best(Number.MAX_SAFE_INTEGER, () => true);
    expect(all.total).toBe(found.total);
    const top = found.best(10, () => true);
    expect(top.slots).toEqual(all.slots.slice(0, 10));
    const meetingsOnly = state.index.slotTest({ ...NO_FILTERS, types: ['meeting'] });
    const filtered = found.best(5, meetingsOnly);
    expect(filtered.slots.every(meetingsOnly)).toBe(true);
    expect(filtered.total).toBe(all.slots.filter(meetingsOnly).length);
    expect(filtered.total).toBeLessThan(all.total);
  });

  it('answers the same when a scan visits only the matched slots as when it tests every slot against the mask', () => {
    const state = new SearchableEvents();
    state.apply(events, [], title);
    state.apply(
      [],
      events.slice(0, 200).map((event) => event.id),
      title,
    ); // freed slots the scans must skip
    const meetings = { ...NO_FILTERS, types: ['meeting' as const] };
    for (const text of SEARCHES) {
      const found = state.search(text)!;
      expect([...found.slots], text).toEqual([...found.mask.keys()].filter((slot) => found.mask[slot] === 1));
      for (const [filters, lanes] of [
        [NO_FILTERS, 'none'],
        [meetings, 'participant'],
      ] as const) {
        const viaSlots = state.index.query(query(filters, lanes), found);
        expect(ordered(viaSlots), text).toEqual(ordered(state.index.query(query(filters, lanes), found.mask)));
      }
      expect(state.index.articleCounts(meetings, found)).toEqual(state.index.articleCounts(meetings, found.mask));
      expect(state.index.matching(meetings, found).map((event) => event.id)).toEqual(
        state.index.matching(meetings, found.mask).map((event) => event.id),
      );
    }
  });
});

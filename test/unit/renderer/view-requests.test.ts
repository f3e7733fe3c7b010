// The view-index worker's rounds (renderer/search/view-requests.ts, search-index.ts' sliced search): a request for
// the view whose search text has been typed past, while it waited or while its search was paused, is answered
// 'dropped' without its work; the newest text's requests are answered exactly as a search run in one go answers
// them; requests not made for the view (an export's) are always answered; requests of one text share one search;
// a write applied during a pause restarts the search so the answer holds it.

import { describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../../app/model/event-filter';
import type { StoredEvent } from '../../../app/storage/schema';
import type { ViewQuery } from '../../../app/view/view-index';
import { ArticleOrder } from '../../../renderer/search/article-order';
import { SearchableEvents } from '../../../renderer/search/search-index';
import { TermIndex } from '../../../renderer/search/term-index';
import type { ViewReply, ViewRequest } from '../../../renderer/search/view-messages';
import { ViewRequests, type Answerable } from '../../../renderer/search/view-requests';
import { syntheticCase } from '../../e2e/seed-events';

const events = syntheticCase(2_000, 7).events as unknown as StoredEvent[];
const window: ViewQuery = {
  start: '2015-01-01',
  end: '2024-12-31',
  buckets: 24,
  filters: NO_FILTERS,
  laneMode: 'none',
  maxLanes: 8,
  itemBudget: 250,
};

/** Pauses that only end when the test lets them: `release()` ends every pause waiting now. */
function gate() {
  let waiting: Array<() => void> = [];
  return {
    pause: () => new Promise<void>((resolve) => waiting.push(resolve)),
    waiting: () => waiting.length,
    release: async () => {
      const now = waiting;
      waiting = [];
      for (const resolve of now) resolve();
      for (let i = 0; i < 20; i++) await Promise.resolve(); // let the released requests run to their next pause
    },
  };
}

function setUp() {
  const state = new SearchableEvents();
  state.apply(events, [], () => 'Report');
  const control = gate();
  const requests = new ViewRequests(state, new Map(), new ArticleOrder(), { sliceMs: 0, pause: control.pause });
  let nextId = 1;
  const send = (request: Record<string, unknown> & { kind: ViewRequest['kind'] }): Promise<ViewReply> => {
    const full = { id: nextId++, ...request } as Answerable;
    requests.arrived(full);
    return requests.answer(full);
  };
  const query = (search: string, latest = true) => send({ kind: 'query', query: window, search, latest });
  const hits = (search: string, latest = true) => send({ kind: 'hits', search, filters: NO_FILTERS, limit: 10, latest });
  return { state, control, query, hits, send };
}

/** Releases pauses until every request given has its answer. */
async function settle(control: ReturnType<typeof gate>, ...replies: Array<Promise<ViewReply>>): Promise<ViewReply[]> {
  let done = false;
  const all = Promise.all(replies).then((values) => ((done = true), values));
  for (let i = 0; i < 10_000 && !done; i++) await control.release();
  return all;
}

describe('view requests under typing', () => {
  it('drops a round typed past while its search is paused, and answers the newest text as a one-go search does', async () => {
    const { state, control, query, hits } = setUp();
    const first = query('A');
    const firstHits = hits('A');
    await control.release(); // both past their wait for queued messages: the search of 'A' runs, paused
    expect(control.waiting()).toBeGreaterThan(0);
    const last = query('Amara Okafor');
    const lastHits = hits('Amara Okafor');
    const [a, aHits, b, bHits] = await settle(control, first, firstHits, last, lastHits);
    expect(a!.kind).toBe('dropped');
    expect(aHits!.kind).toBe('dropped');
    const fresh = new SearchableEvents();
    fresh.apply(events, [], () => 'Report');
    const expected = fresh.index.query(window, fresh.search('Amara Okafor'));
    expect(b).toMatchObject({ kind: 'answer', answer: expected });
    expect(expected.total).toBeGreaterThan(0);
    expect(bHits?.kind === 'hits' && bHits.total).toBe(fresh.search('Amara Okafor')!.total);
    expect(state.search('Amara Okafor')!.total).toBe(fresh.search('Amara Okafor')!.total);
  });

  it('drops a request still waiting when a newer text arrives, before any of its work', async () => {
    const { control, query } = setUp();
    const steps = vi.spyOn(TermIndex.prototype, 'searchSteps');
    const waiting = query('Ama');
    const newer = query('Amara');
    const [old, now] = await settle(control, waiting, newer);
    expect(old!.kind).toBe('dropped');
    expect(now!.kind).toBe('answer');
    expect(steps.mock.calls.map((call) => call[0])).toEqual(['Amara']);
    steps.mockRestore();
  });

  it('answers every request of the same text, sharing one search, and always answers requests not for the view', async () => {
    const { control, query, hits, send } = setUp();
    const steps = vi.spyOn(TermIndex.prototype, 'searchSteps');
    const exportHits = hits('Lindqvist', false);
    const replies = [
      query('Oslo'),
      hits('Oslo'),
      send({ kind: 'article-counts', search: 'Oslo', filters: NO_FILTERS, limit: 5, latest: true }),
    ];
    const [exported, ...same] = await settle(control, exportHits, ...replies);
    expect(exported?.kind === 'hits' && exported.total).toBeGreaterThan(0);
    expect(same.map((reply) => reply.kind)).toEqual(['answer', 'hits', 'article-counts']);
    expect(steps.mock.calls.filter((call) => call[0] === 'Oslo')).toHaveLength(1);
    steps.mockRestore();
  });

  it('drops the requests of a search that has just ended when a newer text arrives before their own work', async () => {
    const { control, query, hits } = setUp();
    const ended = [query('zebra'), hits('zebra')]; // no match: the search ends without pausing
    await control.release(); // past their wait for queued messages; the search is done; each waits for its turn
    expect(control.waiting()).toBe(2);
    const newer = query('zebras');
    const [a, b, c] = await settle(control, ...ended, newer);
    expect([a!.kind, b!.kind, c!.kind]).toEqual(['dropped', 'dropped', 'answer']);
  });

  it('starts a search again when a write comes in during one of its pauses', async () => {
    const { state, control, query } = setUp();
    const pending = query('Amara');
    await control.release(); // past the wait for queued messages: the search runs, paused at its first step
    expect(control.waiting()).toBeGreaterThan(0);
    const amara = events.find((event) => event.participants.some((name) => name.startsWith('Amara')))!;
    const written = { ...amara, id: 'written-during-the-pause' };
    state.apply([written], [], () => 'Report');
    const [reply] = await settle(control, pending);
    const fresh = new SearchableEvents();
    fresh.apply([...events, written], [], () => 'Report');
    const expected = fresh.index.query(window, fresh.search('Amara')).total;
    expect(reply?.kind === 'answer' && reply.answer.total).toBe(expected);
    const before = new SearchableEvents();
    before.apply(events, [], () => 'Report');
    expect(expected).toBe(before.index.query(window, before.search('Amara')).total + 1);
  });
});

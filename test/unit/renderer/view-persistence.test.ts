// The remembered timeline view: saved in the case's meta table and read back whole; malformed or partial saved
// views fall back field by field to the defaults instead of breaking the start-up.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../../../app/model/event-filter';
import { TIMELINE_VIEW_KEY } from '../../../app/storage/schema';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { useUiStore } from '../../../renderer/state/ui-store';
import { applySavedView, loadSavedView, parseSavedView, saveViewSoon } from '../../../renderer/state/view-persistence';
import { freshDb } from './make-records';

let db: TimelineDb;
afterEach(async () => {
  vi.useRealTimers();
  db.close();
  await db.delete();
});

describe('remembered view', () => {
  it('saves the store view with its window and reads it back', async () => {
    db = freshDb();
    useUiStore.setState({
      laneMode: 'participant',
      collapsedLanes: ['Other'],
      laneOrder: ['B', 'A'],
      search: 'Putin',
      filters: { ...NO_FILTERS, types: ['visit'], minConfidence: 0.4 },
    });
    vi.useFakeTimers();
    saveViewSoon(db, { start: 1_000, end: 2_000 }, 10);
    vi.advanceTimersByTime(20);
    vi.useRealTimers();
    await expect.poll(() => db.meta.get(TIMELINE_VIEW_KEY)).toBeDefined();
    useUiStore.setState({ laneMode: 'none', search: '', filters: NO_FILTERS, collapsedLanes: [], laneOrder: [] });
    const view = await loadSavedView(db);
    expect(view?.window).toEqual({ start: 1_000, end: 2_000 });
    applySavedView(view!);
    const state = useUiStore.getState();
    expect([state.laneMode, state.search, state.collapsedLanes, state.laneOrder]).toEqual(['participant', 'Putin', ['Other'], ['B', 'A']]);
    expect(state.filters).toEqual({ ...NO_FILTERS, types: ['visit'], minConfidence: 0.4 });
  });

  it('ignores what is malformed', () => {
    expect(parseSavedView('not json')).toBeNull();
    const view = parseSavedView(
      JSON.stringify({
        window: { start: 5, end: 1 },
        laneMode: 'bogus',
        filters: { from: '21/09/2023', minConfidence: 7, places: ['Oslo', 3] },
      }),
    );
    expect(view).toEqual({
      window: null,
      laneMode: 'none',
      collapsedLanes: [],
      laneOrder: [],
      search: '',
      filters: { ...NO_FILTERS, places: ['Oslo'] },
    });
  });
});

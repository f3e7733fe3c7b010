// Each case's one remembered view (fake-indexeddb): the UI store's view fields and the timeline window are written
// as one record of the case database's view table when they change and put back when the case opens; a damaged
// field falls back to its default; the v7 upgrade moves the legacy meta 'timelineView' row into that record.

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../app/model/event-filter';
import { SAVED_VIEW_KEY } from '../../../../app/view/saved-view';
import { LEGACY_TIMELINE_VIEW_KEY, LONGEST_SPAN_KEY, SCHEMA_VERSIONS } from '../../../../app/storage/schema';
import { loadCaseView, persistCaseView } from '../../../../renderer/cases/case-view';
import { TimelineDb } from '../../../../renderer/db/timeline-db';
import { useUiStore } from '../../../../renderer/state/ui-store';
import { freshDb, makeArticle, makeEvent } from '../make-records';

const defaults = useUiStore.getState();
let db: TimelineDb;
afterEach(async () => {
  useUiStore.setState(defaults, true);
  db.close();
  await db.delete();
});

describe('the case view', () => {
  it('saves the view fields and the window as one record and restores them when the case opens', async () => {
    db = freshDb();
    const saver = persistCaseView(db, null, 0);
    useUiStore.getState().setMainView('table');
    useUiStore.getState().setFilters({ types: ['visit'], minConfidence: 0.5 });
    useUiStore.getState().setSearch('Putin');
    useUiStore.getState().setLaneMode('participant');
    useUiStore.getState().select(['not-a-view-field']);
    saver.rememberWindow({ start: 1_000, end: 2_000 });
    await saver.stop();
    expect((await db.view.get(SAVED_VIEW_KEY))?.value).toEqual({
      mainView: 'table',
      filters: { ...NO_FILTERS, types: ['visit'], minConfidence: 0.5 },
      laneMode: 'participant',
      collapsedLanes: [],
      laneOrder: [],
      search: 'Putin',
      window: { start: 1_000, end: 2_000 },
    });
    expect(await db.view.count()).toBe(1);
    expect(await db.meta.get(LEGACY_TIMELINE_VIEW_KEY)).toBeUndefined();

    useUiStore.setState(defaults, true);
    const view = await loadCaseView(db);
    const state = useUiStore.getState();
    expect(view.window).toEqual({ start: 1_000, end: 2_000 });
    expect([state.mainView, state.search, state.laneMode]).toEqual(['table', 'Putin', 'participant']);
    expect(state.filters).toEqual({ ...NO_FILTERS, types: ['visit'], minConfidence: 0.5 });
    expect(state.selectedEventIds).toEqual([]);
  });

  it('writes nothing when nothing changed, and only the last of quick changes', async () => {
    db = freshDb();
    const saver = persistCaseView(db, { start: 1, end: 2 }, 50);
    await saver.stop();
    expect(await db.view.count()).toBe(0);
    const second = persistCaseView(db, null, 50);
    second.rememberWindow({ start: 1, end: 2 });
    second.rememberWindow({ start: 3, end: 4 });
    await second.stop();
    expect((await db.view.get(SAVED_VIEW_KEY))?.value).toMatchObject({ window: { start: 3, end: 4 } });
  });

  it('keeps the readable fields of a damaged record and defaults the rest', async () => {
    db = freshDb();
    await db.view.put({ key: SAVED_VIEW_KEY, value: { mainView: 'spreadsheet', filters: 'all', laneMode: 'type', window: 'x' } });
    const view = await loadCaseView(db);
    expect(view.window).toBeNull();
    expect(useUiStore.getState().mainView).toBe('timeline');
    expect(useUiStore.getState().laneMode).toBe('type');
    expect(useUiStore.getState().filters).toEqual(NO_FILTERS);
  });
});

describe('the v7 upgrade', () => {
  /** A database at version 6, declared with the shipped v1–v6 stores, with a legacy meta view row. */
  async function buildVersion6(name: string, ui: unknown): Promise<void> {
    const old = new Dexie(name);
    for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= 6)) old.version(schema.version).stores({ ...schema.stores });
    await old.table('articles').put(makeArticle({ id: 'a1' }));
    await old.table('events').put({ ...makeEvent({ id: 'a1:0', articleId: 'a1' }), clusterId: 'a1:0', clusterSize: 1, clusterLead: true });
    await old.table('meta').bulkPut([
      { key: LONGEST_SPAN_KEY, value: 30 },
      {
        key: LEGACY_TIMELINE_VIEW_KEY,
        value: JSON.stringify({ window: { start: 10, end: 20 }, laneMode: 'place', filters: NO_FILTERS, search: 'Kyiv' }),
      },
    ]);
    if (ui !== undefined) await old.table('view').put({ key: SAVED_VIEW_KEY, value: ui });
    old.close();
  }

  it('moves the meta row into the one view record, keeping every other row', async () => {
    const name = `v6-${Math.random().toString(36).slice(2)}`;
    await buildVersion6(name, {
      mainView: 'table',
      filters: { ...NO_FILTERS, types: ['visit'] },
      laneMode: 'type',
      collapsedLanes: [],
      laneOrder: [],
    });
    db = new TimelineDb(name);
    await db.open();
    expect(await db.meta.get(LEGACY_TIMELINE_VIEW_KEY)).toBeUndefined();
    expect(await db.meta.get(LONGEST_SPAN_KEY)).toEqual({ key: LONGEST_SPAN_KEY, value: 30 });
    expect(await db.articles.count()).toBe(1);
    expect((await db.events.get('a1:0'))?.clusterLead).toBe(true);
    expect(await db.view.toArray()).toEqual([
      {
        key: SAVED_VIEW_KEY,
        value: {
          mainView: 'table',
          window: { start: 10, end: 20 },
          laneMode: 'type',
          collapsedLanes: [],
          laneOrder: [],
          filters: { ...NO_FILTERS, types: ['visit'] },
          search: 'Kyiv',
        },
      },
    ]);
    const view = await loadCaseView(db);
    expect(view.window).toEqual({ start: 10, end: 20 });
    expect(useUiStore.getState().search).toBe('Kyiv');
  });

  it('makes the record from the meta row alone when the case had no ui record', async () => {
    const name = `v6-${Math.random().toString(36).slice(2)}`;
    await buildVersion6(name, undefined);
    db = new TimelineDb(name);
    await db.open();
    expect((await db.view.get(SAVED_VIEW_KEY))?.value).toMatchObject({ laneMode: 'place', search: 'Kyiv', window: { start: 10, end: 20 } });
    expect(await db.meta.count()).toBe(1);
  });
});

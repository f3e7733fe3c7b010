// Each case's own view (fake-indexeddb): the UI store's view fields are written to the case database's view
// table when they change and put back into the store when the case opens; a damaged saved view is ignored.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../app/model/event-filter';
import { UI_VIEW_KEY, loadCaseView, persistCaseView } from '../../../../renderer/cases/case-view';
import type { TimelineDb } from '../../../../renderer/db/timeline-db';
import { useUiStore } from '../../../../renderer/state/ui-store';
import { freshDb } from '../make-records';

const defaults = useUiStore.getState();
let db: TimelineDb;
afterEach(async () => {
  useUiStore.setState(defaults, true);
  db.close();
  await db.delete();
});

describe('the case view', () => {
  it('is saved when the view changes and restored when the case opens', async () => {
    db = freshDb();
    const stop = persistCaseView(db, 0);
    useUiStore.getState().setMainView('table');
    useUiStore.getState().setFilters({ types: ['visit'], minConfidence: 0.5 });
    useUiStore.getState().select(['not-a-view-field']);
    await expect
      .poll(async () => (await db.view.get(UI_VIEW_KEY))?.value)
      .toMatchObject({ mainView: 'table', filters: { types: ['visit'], minConfidence: 0.5 } });
    stop();

    useUiStore.setState(defaults, true);
    await loadCaseView(db);
    const state = useUiStore.getState();
    expect(state.mainView).toBe('table');
    expect(state.filters).toEqual({ ...NO_FILTERS, types: ['visit'], minConfidence: 0.5 });
    expect(state.selectedEventIds).toEqual([]);
  });

  it('leaves the defaults when the saved view is unreadable', async () => {
    db = freshDb();
    await db.view.put({ key: UI_VIEW_KEY, value: { mainView: 'spreadsheet', filters: 'all' } });
    await loadCaseView(db);
    expect(useUiStore.getState().mainView).toBe('timeline');
    expect(useUiStore.getState().filters).toBe(NO_FILTERS);
  });
});

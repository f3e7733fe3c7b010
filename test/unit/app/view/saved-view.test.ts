// The stored view record read field by field (malformed fields fall back to their defaults, never the whole view),
// and the v7 merge of the legacy meta 'timelineView' JSON into the view table's 'ui' record.

import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../../app/model/event-filter';
import { DEFAULT_SAVED_VIEW, mergeLegacyView, parseSavedView } from '../../../../app/view/saved-view';

describe('parseSavedView', () => {
  it('reads a whole record', () => {
    const view = {
      mainView: 'table',
      window: { start: 1_000, end: 2_000 },
      laneMode: 'participant',
      collapsedLanes: ['Other'],
      laneOrder: ['B', 'A'],
      filters: {
        ...NO_FILTERS,
        types: ['visit'],
        participants: ['YPG'],
        participantRole: 'target',
        from: '2023-01-01',
        minConfidence: 0.4,
      },
      search: 'Putin',
    };
    expect(parseSavedView(view)).toEqual(view);
  });

  it('keeps the good fields and defaults the malformed ones', () => {
    const view = parseSavedView({
      mainView: 'spreadsheet',
      window: { start: 5, end: 1 },
      laneMode: 'bogus',
      laneOrder: 'A',
      filters: { from: '21/09/2023', minConfidence: 7, places: ['Oslo', 3], participantRole: 'spectator' },
      search: 42,
    });
    expect(view).toEqual({ ...DEFAULT_SAVED_VIEW, filters: { ...NO_FILTERS, places: ['Oslo'] } });
    expect(parseSavedView('not a record')).toEqual(DEFAULT_SAVED_VIEW);
    expect(parseSavedView(null)).toEqual(DEFAULT_SAVED_VIEW);
  });
});

describe('mergeLegacyView', () => {
  const legacy = JSON.stringify({
    window: { start: 10, end: 20 },
    laneMode: 'place',
    collapsedLanes: [],
    laneOrder: [],
    filters: { ...NO_FILTERS, types: ['attack'] },
    search: 'Kyiv',
  });

  it('takes the window and search from the legacy row, and what both held from the ui record', () => {
    const ui = {
      mainView: 'table',
      laneMode: 'type',
      collapsedLanes: ['visit'],
      laneOrder: [],
      filters: { ...NO_FILTERS, types: ['visit'] },
    };
    expect(mergeLegacyView(ui, legacy)).toEqual({
      mainView: 'table',
      window: { start: 10, end: 20 },
      laneMode: 'type',
      collapsedLanes: ['visit'],
      laneOrder: [],
      filters: { ...NO_FILTERS, types: ['visit'] },
      search: 'Kyiv',
    });
  });

  it('uses the legacy row whole when there is no ui record, and ignores a legacy row that is not JSON', () => {
    expect(mergeLegacyView(undefined, legacy)).toMatchObject({ laneMode: 'place', search: 'Kyiv', filters: { types: ['attack'] } });
    expect(mergeLegacyView({ mainView: 'table' }, '{oops')).toEqual({ ...DEFAULT_SAVED_VIEW, mainView: 'table' });
  });
});

// Runs the query behind one drawn timeline window: from the per-day counts table when the view allows it, else
// from the view-index worker; loads the events to draw when they fit. Also the exact count of a window.

import type { EventFilters } from '../../app/model/event-filter';
import type { StoredEvent } from '../../app/storage/schema';
import { MAX_LANES, type LaneMode } from '../../app/view/lanes';
import type { ViewAnswer, ViewQuery } from '../../app/view/view-index';
import type { DateWindow } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';
import type { ViewIndexClient } from '../search/view-index-client';
import { dayCountAnswerWithEvents, dayCountsCanAnswer } from './day-count-view';

/** Most event items drawn at once (one per event and lane): vis-timeline measures each with a forced reflow. */
export const ITEM_BUDGET = 250;

export interface ViewSettings {
  filters: EventFilters;
  search: string;
  laneMode: LaneMode;
}

export interface WindowResult {
  answer: ViewAnswer;
  laneLabels: Record<string, string>;
  events: Map<string, StoredEvent>;
  /** Which data answered: the counts table or the worker's index. */
  source: 'day-counts' | 'index';
}

export async function queryWindow(
  db: TimelineDb,
  client: ViewIndexClient,
  window: DateWindow,
  buckets: number,
  settings: ViewSettings,
  itemBudget = ITEM_BUDGET,
  countWindow?: DateWindow,
): Promise<WindowResult> {
  const query: ViewQuery = {
    start: window.start,
    end: window.end,
    buckets,
    filters: settings.filters,
    laneMode: settings.laneMode,
    maxLanes: MAX_LANES,
    itemBudget,
    ...(countWindow ? { countWindow } : {}),
  };
  const fromCounts = dayCountsCanAnswer(settings.filters, settings.laneMode, settings.search);
  const counted = fromCounts ? await dayCountAnswerWithEvents(db, query) : null;
  const { answer, laneLabels } = counted ? { answer: counted.answer, laneLabels: {} } : await client.query(query, settings.search);
  // The counts path read its items' rows already; the worker's answer names ids only.
  const events = new Map<string, StoredEvent>();
  const missing: string[] = [];
  for (const item of answer.items ?? []) {
    const row = counted?.events.get(item.id);
    if (row) events.set(item.id, row);
    else missing.push(item.id);
  }
  if (missing.length > 0) for (const row of await db.events.bulkGet(missing)) if (row) events.set(row.id, row);
  return { answer, laneLabels, events, source: fromCounts ? 'day-counts' : 'index' };
}

/**
 * The drawn window's answer and the count of the visible window inside it. The worker counts both in one pass over
 * its index (a search redraw then costs one scan, not two); the counts table answers the two queries side by side.
 */
export async function queryDrawnAndVisible(
  db: TimelineDb,
  client: ViewIndexClient,
  drawn: { window: DateWindow; buckets: number },
  visible: DateWindow,
  settings: ViewSettings,
): Promise<{ result: WindowResult; visibleTotal: number }> {
  if (!dayCountsCanAnswer(settings.filters, settings.laneMode, settings.search)) {
    const result = await queryWindow(db, client, drawn.window, drawn.buckets, settings, ITEM_BUDGET, visible);
    return { result, visibleTotal: result.answer.countedTotal ?? (await countWindow(db, client, visible, settings)) };
  }
  const [result, visibleTotal] = await Promise.all([
    queryWindow(db, client, drawn.window, drawn.buckets, settings),
    countWindow(db, client, visible, settings),
  ]);
  return { result, visibleTotal };
}

/** How many events (drawn ones: cluster representatives) the window holds under the settings. */
export async function countWindow(db: TimelineDb, client: ViewIndexClient, window: DateWindow, settings: ViewSettings): Promise<number> {
  return (await queryWindow(db, client, window, 1, { ...settings, laneMode: 'none' }, 0)).answer.total;
}

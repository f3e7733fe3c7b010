// Opens the current case before the app renders: deletes databases of cases deleted while open, makes sure the
// registry lists the cases (the first start after the upgrade registers the existing database as the first
// case), loads the case's remembered view into the UI store and keeps it saved (case-view.ts), and names the
// window after the case. Returns the remembered window and the saver the timeline reports its window to, and the
// extent of the stored events, asked at once so the timeline's opening window does not wait for it after the first
// render (read alongside the view: about 80 ms sooner at 10,000 events in bench:timeline), and the first window's
// counts.

import { eventExtent, type DateWindow } from '../db/queries';
import { readCurrentCase } from '../db/current-database';
import { openTimelineDb } from '../db/timeline-db';
import { ensureCaseRegistry, openCaseRegistry } from './case-registry';
import type { SavedView } from '../../app/view/saved-view';
import { loadCaseView, persistCaseView, type CaseViewSaver, type ViewWindow } from './case-view';
import { runPendingDeletes } from './switch-case';
import { dayCountsCanAnswer, warmDayCounts } from '../timeline/day-count-view';
import { loadedWindowsOf } from '../timeline/timeline-window';

export interface StartedCase {
  /** The window the case was left at (null: none remembered). */
  window: ViewWindow;
  saver: CaseViewSaver;
  /** The extent of the events stored when the case opened (null: none), read while the app mounts. */
  extent: Promise<DateWindow | null>;
}

/**
 * Opens the current case's database, reads its view, and starts reading its events' extent and, when the counts
 * table can answer the view, what the timeline's first window will read from it (the counts, and the events reaching
 * into the remembered window): at 100,000 events these reads take about 300 ms, now spent while the UI starts.
 */
async function openCase(): Promise<{ view: SavedView; extent: Promise<DateWindow | null> }> {
  const db = openTimelineDb();
  const extent = eventExtent(db);
  extent.catch(() => {}); // read again by the timeline if this fails
  const view = await loadCaseView(db);
  if (dayCountsCanAnswer(view.filters, view.laneMode, view.search)) warmDayCounts(db, windowStartsOf(view.window));
  return { view, extent };
}

/** The first days of the drawn and the visible window the timeline will load for a remembered window (none: none). */
function windowStartsOf(window: SavedView['window']): string[] {
  if (!window) return [];
  const { drawn, visible } = loadedWindowsOf(new Date(window.start), new Date(window.end));
  return [drawn.start, visible.start];
}

/**
 * The case remembered as current (nearly always still the current one) opens and reads its view while deleted cases
 * go and the registry confirms it, the two databases opening side by side. Should the registry name another case
 * (the remembered one is no longer registered), the page reloads on that one (`reload`): this realm's database
 * is the remembered one for good.
 */
export async function startCurrentCase(reload: () => void = () => location.reload()): Promise<StartedCase> {
  const remembered = readCurrentCase();
  const early = remembered ? openCase() : null;
  early?.catch(() => {}); // its error is thrown below
  await runPendingDeletes();
  const current = await ensureCaseRegistry(openCaseRegistry());
  if (remembered && current.databaseName !== remembered.databaseName) {
    reload();
    return new Promise<never>(() => {}); // the page is going
  }
  const { view, extent } = await (early ?? openCase());
  const saver = persistCaseView(openTimelineDb(), view.window);
  document.title = `${current.name} – Event Timeline`;
  return { window: view.window, saver, extent };
}

// Opens the current case before the app renders: deletes databases of cases deleted while open, makes sure the
// registry lists the cases (the first start after the upgrade registers the existing database as the first
// case), loads the case's remembered view into the UI store and keeps it saved (case-view.ts), and names the
// window after the case. Returns the remembered window and the saver the timeline reports its window to, and the
// extent of the stored events, asked at once so the timeline's opening window does not wait for it after the first
// render (read alongside the view: about 80 ms sooner at 10,000 events in bench:timeline).

import { eventExtent, type DateWindow } from '../db/queries';
import { openTimelineDb } from '../db/timeline-db';
import { ensureCaseRegistry, openCaseRegistry } from './case-registry';
import { loadCaseView, persistCaseView, type CaseViewSaver, type ViewWindow } from './case-view';
import { runPendingDeletes } from './switch-case';

export interface StartedCase {
  /** The window the case was left at (null: none remembered). */
  window: ViewWindow;
  saver: CaseViewSaver;
  /** The extent of the events stored when the case opened (null: none), read while the app mounts. */
  extent: Promise<DateWindow | null>;
}

export async function startCurrentCase(): Promise<StartedCase> {
  await runPendingDeletes();
  const current = await ensureCaseRegistry(openCaseRegistry());
  const db = openTimelineDb();
  const extent = eventExtent(db);
  extent.catch(() => {}); // read again by the timeline if this fails
  const view = await loadCaseView(db);
  const saver = persistCaseView(db, view.window);
  document.title = `${current.name} – Event Timeline`;
  return { window: view.window, saver, extent };
}

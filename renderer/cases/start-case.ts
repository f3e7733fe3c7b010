// Opens the current case before the app renders: deletes databases of cases deleted while open, makes sure the
// registry lists the cases (the first start after the upgrade registers the existing database as the first
// case), loads the case's own view into the UI store and keeps it saved, and names the window after the case.

import { openTimelineDb } from '../db/timeline-db';
import { ensureCaseRegistry, openCaseRegistry } from './case-registry';
import { loadCaseView, persistCaseView } from './case-view';
import { runPendingDeletes } from './switch-case';

export async function startCurrentCase(): Promise<void> {
  await runPendingDeletes();
  const current = await ensureCaseRegistry(openCaseRegistry());
  const db = openTimelineDb();
  await loadCaseView(db);
  persistCaseView(db);
  document.title = `${current.name} – Event Timeline`;
}

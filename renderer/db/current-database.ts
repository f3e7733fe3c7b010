// Which case database this JavaScript realm opens: the UI thread reads the current case from localStorage;
// the extraction worker (no localStorage) is told by the name it was started with ("extraction:<database>").
// Switching cases rewrites the stored choice and reloads the page, so every module opens the new database.

import { CURRENT_CASE_STORAGE_KEY, FIRST_CASE_DATABASE_NAME } from '../../app/storage/cases';

/** The case the UI thread remembers as current. */
export interface CurrentCase {
  id: string;
  databaseName: string;
}

const WORKER_NAME_PREFIX = 'extraction:';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled
  }
}

export function readCurrentCase(): CurrentCase | null {
  const raw = storage()?.getItem(CURRENT_CASE_STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<CurrentCase>;
    return typeof parsed.id === 'string' && typeof parsed.databaseName === 'string'
      ? { id: parsed.id, databaseName: parsed.databaseName }
      : null;
  } catch {
    return null;
  }
}

export function rememberCurrentCase(current: CurrentCase): void {
  storage()?.setItem(CURRENT_CASE_STORAGE_KEY, JSON.stringify({ id: current.id, databaseName: current.databaseName }));
}

/** The name a worker started for `databaseName` carries (see workerDatabaseName). */
export function extractionWorkerName(databaseName: string): string {
  return `${WORKER_NAME_PREFIX}${databaseName}`;
}

/** Inside a worker started with extractionWorkerName, the database it must open; otherwise null. */
function workerDatabaseName(): string | null {
  const name = (globalThis as { name?: unknown }).name;
  return typeof name === 'string' && name.startsWith(WORKER_NAME_PREFIX) ? name.slice(WORKER_NAME_PREFIX.length) : null;
}

/** The database of the current case in this realm (the first case's database when nothing is remembered). */
export function currentDatabaseName(): string {
  return workerDatabaseName() ?? readCurrentCase()?.databaseName ?? FIRST_CASE_DATABASE_NAME;
}

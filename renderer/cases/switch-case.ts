// Switching and deleting cases. Every module opens the current case's database once per page (openTimelineDb),
// so a switch remembers the new case and reloads the page. A case's database cannot be deleted while this page
// or its worker has it open, so deleting the current case switches first and deletes the database on the next
// start (runPendingDeletes), before anything opens it.

import Dexie from 'dexie';
import { PENDING_DELETE_STORAGE_KEY, type CaseRecord } from '../../app/storage/cases';
import { readCurrentCase, rememberCurrentCase } from '../db/current-database';
import type { CaseRegistryDb } from './case-registry';

/** Reloads the page (replaced in tests). */
export type Reload = () => void;

const reloadPage: Reload = () => window.location.reload();

export function switchToCase(record: Pick<CaseRecord, 'id' | 'databaseName'>, reload: Reload = reloadPage): void {
  rememberCurrentCase({ id: record.id, databaseName: record.databaseName });
  reload();
}

function pendingDeletes(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(PENDING_DELETE_STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

/** Deletes the databases of cases deleted while they were open; call before the current case's database opens. */
export async function runPendingDeletes(): Promise<void> {
  const current = readCurrentCase()?.databaseName;
  const waiting = pendingDeletes();
  const left: string[] = [];
  for (const name of waiting) {
    if (name === current) continue; // restored or re-registered meanwhile: keep it
    try {
      await Dexie.delete(name);
    } catch {
      left.push(name);
    }
  }
  if (waiting.length > 0) localStorage.setItem(PENDING_DELETE_STORAGE_KEY, JSON.stringify(left));
}

/**
 * Removes a case and its database. The current case can be deleted only when another exists: the app switches to
 * the oldest other case (reloading) and its database is deleted on that start.
 */
export async function deleteCase(registry: CaseRegistryDb, record: CaseRecord, reload: Reload = reloadPage): Promise<void> {
  const others = (await registry.cases.orderBy('created').toArray()).filter((other) => other.id !== record.id);
  const isCurrent = readCurrentCase()?.id === record.id;
  if (isCurrent && others.length === 0) throw new Error('This is the only case: make another case before deleting it.');
  await registry.cases.delete(record.id);
  if (!isCurrent) {
    await Dexie.delete(record.databaseName);
    return;
  }
  localStorage.setItem(PENDING_DELETE_STORAGE_KEY, JSON.stringify([...pendingDeletes(), record.databaseName]));
  switchToCase(others[0]!, reload);
}

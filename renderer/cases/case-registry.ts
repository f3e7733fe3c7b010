// The registry of cases: a small Dexie database listing every case (id, name, database name, created), and
// the operations on it: make sure it lists at least the first case (the pre-cases database, migrated in place),
// add, rename and remove cases, and count what a case holds. Which case is current lives in localStorage
// (renderer/db/current-database.ts); switching is done by renderer/cases/switch-case.ts.

import '../db/dexie-mode';
import Dexie, { type Table } from 'dexie';
import {
  CASE_REGISTRY_DB_NAME,
  CASE_REGISTRY_VERSIONS,
  FIRST_CASE_DATABASE_NAME,
  FIRST_CASE_NAME,
  caseDatabaseName,
  checkCaseName,
  uniqueCaseName,
  type CaseRecord,
} from '../../app/storage/cases';
import { readCurrentCase, rememberCurrentCase } from '../db/current-database';
import { TimelineDb } from '../db/timeline-db';
import { formatCount } from '../../app/model/format-count';

export class CaseRegistryDb extends Dexie {
  cases!: Table<CaseRecord, string>;

  constructor(name: string = CASE_REGISTRY_DB_NAME) {
    super(name);
    for (const { version, stores } of CASE_REGISTRY_VERSIONS) this.version(version).stores({ ...stores });
  }
}

let shared: CaseRegistryDb | null = null;

export function openCaseRegistry(): CaseRegistryDb {
  shared ??= new CaseRegistryDb();
  return shared;
}

function newCaseId(): string {
  return crypto.randomUUID();
}

/** Every case, oldest first. */
export async function listCases(registry: CaseRegistryDb): Promise<CaseRecord[]> {
  return registry.cases.orderBy('created').toArray();
}

/**
 * Makes the registry list at least one case and the remembered current case one of them. An empty registry
 * (first start after the upgrade, or a fresh install) gets the first case, whose database is the pre-cases
 * 'event-timeline' database: its rows stay where they are. Returns the current case.
 */
export async function ensureCaseRegistry(registry: CaseRegistryDb, now: () => Date = () => new Date()): Promise<CaseRecord> {
  const first = await registry.transaction('rw', registry.cases, async () => {
    const existing = await registry.cases.orderBy('created').first();
    if (existing) return existing;
    const record: CaseRecord = {
      id: newCaseId(),
      name: FIRST_CASE_NAME,
      databaseName: FIRST_CASE_DATABASE_NAME,
      created: now().toISOString(),
    };
    await registry.cases.add(record);
    return record;
  });
  const remembered = readCurrentCase();
  const current = (remembered && (await registry.cases.get(remembered.id))) || first;
  if (remembered?.id !== current.id || remembered.databaseName !== current.databaseName) rememberCurrentCase(current);
  return current;
}

/** Adds a new, empty case with a unique name (its database is created when first opened). */
export async function createCase(registry: CaseRegistryDb, wantedName: string, now: () => Date = () => new Date()): Promise<CaseRecord> {
  const checked = checkCaseName(wantedName);
  if ('error' in checked) throw new Error(checked.error);
  return registry.transaction('rw', registry.cases, async () => {
    const names = (await registry.cases.toArray()).map((record) => record.name);
    const id = newCaseId();
    const name = uniqueCaseName(checked.name, names);
    const record: CaseRecord = { id, name, databaseName: caseDatabaseName(id), created: now().toISOString() };
    await registry.cases.add(record);
    return record;
  });
}

export async function renameCase(registry: CaseRegistryDb, caseId: string, wantedName: string): Promise<CaseRecord> {
  const checked = checkCaseName(wantedName);
  if ('error' in checked) throw new Error(checked.error);
  return registry.transaction('rw', registry.cases, async () => {
    const record = await registry.cases.get(caseId);
    if (!record) throw new Error('That case no longer exists.');
    const others = (await registry.cases.toArray()).filter((other) => other.id !== caseId).map((other) => other.name);
    const renamed = { ...record, name: uniqueCaseName(checked.name, others) };
    await registry.cases.put(renamed);
    return renamed;
  });
}

/** What deleting a case would lose. */
export interface CaseContents {
  articles: number;
  events: number;
}

export async function caseContents(databaseName: string): Promise<CaseContents> {
  if (!(await Dexie.exists(databaseName))) return { articles: 0, events: 0 };
  const db = new TimelineDb(databaseName);
  try {
    return { articles: await db.articles.count(), events: await db.events.count() };
  } finally {
    db.close();
  }
}

/** The confirmation the analyst answers before a case is deleted. */
export function deleteConfirmation(record: Pick<CaseRecord, 'name'>, contents: CaseContents): string {
  const plural = (n: number, word: string): string => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
  return `Delete case “${record.name}” with ${plural(contents.articles, 'article')} and ${plural(contents.events, 'event')}?`;
}

// Back up and restore a whole case. The backup reads every table of the case database, whatever tables the
// schema has grown (history, counts, ...), in one read transaction; restoring validates the whole file first
// (app/storage/case-backup-format.ts), writes the rows into a new database created at the backup's schema
// version, lets the current schema's upgrades run on it, and only then lists it as a new case. Any failure
// deletes the new database, so a bad file changes nothing.

import '../db/dexie-mode';
import Dexie from 'dexie';
import { BackupError, decodeCaseBackup, encodeCaseBackup, type CaseBackupContent } from '../../app/storage/case-backup-format';
import { caseDatabaseName, uniqueCaseName, type CaseRecord } from '../../app/storage/cases';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../app/storage/schema';
import { TimelineDb } from '../db/timeline-db';
import { isDayCountsCacheRow } from '../../app/storage/day-count-snapshot';
import type { CaseRegistryDb } from './case-registry';

/** Every row of every table of the case database (caches left out), read in one transaction. */
export async function readCaseContent(db: Dexie, caseName: string): Promise<CaseBackupContent> {
  if (!db.isOpen()) await db.open();
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = await table.toArray();
  });
  // The compact copy of the day counts is a cache of the dayCounts rows (backed up themselves): left out.
  if (tables.meta) tables.meta = tables.meta.filter((row) => !isDayCountsCacheRow(row as { key?: unknown }));
  return { caseName, schemaVersion: db.verno, tables };
}

/** The backup file of a case. */
export async function backUpCase(db: Dexie, caseName: string): Promise<Uint8Array> {
  return encodeCaseBackup(await readCaseContent(db, caseName));
}

/** Table name → store spec of the schema as it was at `version` (deleted tables left out). */
function storesAt(version: number): Record<string, string> {
  const stores: Record<string, string | null> = {};
  for (const schema of SCHEMA_VERSIONS) if (schema.version <= version) Object.assign(stores, schema.stores);
  return Object.fromEntries(Object.entries(stores).filter((entry): entry is [string, string] => entry[1] !== null));
}

/** Suggested file name of a case's backup, e.g. "Ukraine 2022 – backup 2026-01-02.etcase". */
export function backupFileName(caseName: string, now: Date = new Date()): string {
  const safe =
    caseName
      // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
      .replace(/[\\/:*?"<>|\0-\x1f]+/g, ' ')
      .trim()
      .slice(0, 80) || 'case';
  return `${safe} – backup ${now.toISOString().slice(0, 10)}`;
}

async function writeRows(databaseName: string, content: CaseBackupContent): Promise<void> {
  const stores = storesAt(content.schemaVersion);
  const unknown = Object.keys(content.tables).filter((name) => !(name in stores));
  if (unknown.length > 0)
    throw new BackupError('invalid', `This backup's content is not valid: unknown table ${unknown.map((n) => `“${n}”`).join(', ')}.`);
  const staging = new Dexie(databaseName);
  for (const schema of SCHEMA_VERSIONS) {
    if (schema.version <= content.schemaVersion) staging.version(schema.version).stores({ ...schema.stores });
  }
  try {
    await staging.open();
    const tables = Object.keys(content.tables).map((name) => staging.table(name));
    await staging.transaction('rw', tables, async () => {
      for (const table of tables) await table.bulkAdd(content.tables[table.name]!);
    });
  } finally {
    staging.close();
  }
  const upgraded = new TimelineDb(databaseName); // runs the upgrades from the backup's schema to the current one
  try {
    await upgraded.open();
  } finally {
    upgraded.close();
  }
}

/** Restores a backup file as a new case (named after the backed-up case, made unique); returns the new case. */
export async function restoreCase(registry: CaseRegistryDb, bytes: Uint8Array, now: () => Date = () => new Date()): Promise<CaseRecord> {
  const content = await decodeCaseBackup(bytes, CURRENT_SCHEMA_VERSION);
  const id = crypto.randomUUID();
  const databaseName = caseDatabaseName(id);
  try {
    await writeRows(databaseName, content);
    return await registry.transaction('rw', registry.cases, async () => {
      const names = (await registry.cases.toArray()).map((record) => record.name);
      const record: CaseRecord = { id, name: uniqueCaseName(content.caseName.trim(), names), databaseName, created: now().toISOString() };
      await registry.cases.add(record);
      return record;
    });
  } catch (error) {
    await Dexie.delete(databaseName);
    if (error instanceof BackupError) throw error;
    throw new BackupError('invalid', `This backup could not be restored: ${error instanceof Error ? error.message : String(error)}`);
  }
}

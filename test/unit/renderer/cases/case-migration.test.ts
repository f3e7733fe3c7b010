// The upgrade to cases (schema v4) from a real version-3 database with data: built here with fake-indexeddb
// using the v1–v3 schema exactly as shipped, then opened with the current code. Every row of every table must
// come through unchanged, the database must become the registry's first case, and it must be what
// openTimelineDb opens for that case.

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_CASE_STORAGE_KEY, FIRST_CASE_DATABASE_NAME, FIRST_CASE_NAME } from '../../../../app/storage/cases';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, entityId, splitId } from '../../../../app/storage/schema';
import { currentDatabaseName } from '../../../../renderer/db/current-database';
import { TimelineDb } from '../../../../renderer/db/timeline-db';
import { CaseRegistryDb, ensureCaseRegistry, listCases } from '../../../../renderer/cases/case-registry';
import { makeArticle, makeEvent } from '../make-records';
import { memoryLocalStorage } from './memory-storage';

const V3_TABLES = ['articles', 'entities', 'events', 'meta', 'splits'];

/** A database at version 3, declared with the shipped v1–v3 stores only, holding rows in every table. */
async function buildVersion3(name: string): Promise<Record<string, unknown[]>> {
  const old = new Dexie(name);
  for (const schema of SCHEMA_VERSIONS.filter((s) => s.version <= 3)) old.version(schema.version).stores({ ...schema.stores });
  const rows: Record<string, unknown[]> = {
    articles: [
      makeArticle({ id: 'a1', title: 'Wang Yi meets Putin', text: 'Wang Yi met Vladimir Putin in Saint Petersburg on Thursday.' }),
      makeArticle({
        id: 'a2',
        fileName: 'summit.html',
        format: 'html',
        published: null,
        publishedSource: 'none',
        publishedNote: 'no date found',
      }),
    ],
    events: [
      { ...makeEvent({ id: 'a1:0', articleId: 'a1' }), clusterId: 'a1:0', clusterSize: 2, clusterLead: true },
      {
        ...makeEvent({ id: 'a2:0', articleId: 'a2', label: 'Meeting in Saint Petersburg', confidence: 0.4 }),
        clusterId: 'a1:0',
        clusterSize: 2,
        clusterLead: false,
      },
      {
        ...makeEvent({ id: 'a2:1', articleId: 'a2', type: 'invasion', start: '2022-02-24', end: '2022-02-24', status: 'occurred' }),
        clusterId: 'a2:1',
        clusterSize: 1,
        clusterLead: true,
      },
    ],
    entities: [
      { id: entityId('a1', 'participant', 'Wang Yi'), articleId: 'a1', name: 'Wang Yi', kind: 'participant', eventCount: 1 },
      { id: entityId('a2', 'place', 'Saint Petersburg'), articleId: 'a2', name: 'Saint Petersburg', kind: 'place', eventCount: 2 },
    ],
    meta: [{ key: 'longestEventSpanDays', value: 30 }],
    splits: [{ id: splitId('a1:0', 'a2:1'), eventId: 'a1:0', otherId: 'a2:1' }],
  };
  await old.open();
  expect(old.verno).toBe(3);
  for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows);
  old.close();
  return rows;
}

/** The primary key of a test row (every table here is keyed by `id`, meta by `key`). */
const keyOf = (row: unknown): string => String((row as { id?: string; key?: string }).id ?? (row as { key?: string }).key);

async function allRows(db: Dexie, table: string): Promise<unknown[]> {
  return db.table(table).toArray(); // primary-key order
}

let opened: Dexie[] = [];
beforeEach(() => memoryLocalStorage().clear());
afterEach(async () => {
  for (const db of opened) {
    db.close();
    await db.delete();
  }
  opened = [];
});

describe('upgrading a version-3 database to cases (v4)', () => {
  it('keeps every row of every table and adds the empty view table (and the tables of the later versions)', async () => {
    const name = `v3-${Math.random().toString(36).slice(2)}`;
    const before = await buildVersion3(name);
    const db = new TimelineDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining([...V3_TABLES, 'view']));
    for (const table of V3_TABLES) {
      const sortedBefore = [...before[table]!].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
      expect(await allRows(db, table), table).toStrictEqual(sortedBefore);
    }
    expect(await db.view.count()).toBe(0);
    // The v3 indexes still answer.
    expect((await db.events.where('clusterId').equals('a1:0').primaryKeys()).sort()).toEqual(['a1:0', 'a2:0']);
  });

  it('registers the pre-cases database as the first case, which openTimelineDb then opens', async () => {
    const before = await buildVersion3(FIRST_CASE_DATABASE_NAME);
    const registry = new CaseRegistryDb(`registry-${Math.random().toString(36).slice(2)}`);
    opened.push(registry);
    const current = await ensureCaseRegistry(registry, () => new Date('2026-01-02T03:04:05.000Z'));
    expect(current).toMatchObject({ name: FIRST_CASE_NAME, databaseName: FIRST_CASE_DATABASE_NAME, created: '2026-01-02T03:04:05.000Z' });
    expect(await listCases(registry)).toEqual([current]);
    const remembered: unknown = JSON.parse(memoryLocalStorage().getItem(CURRENT_CASE_STORAGE_KEY)!);
    expect(remembered).toEqual({ id: current.id, databaseName: FIRST_CASE_DATABASE_NAME });
    expect(currentDatabaseName()).toBe(FIRST_CASE_DATABASE_NAME);

    const db = new TimelineDb(currentDatabaseName());
    opened.push(db);
    expect(await db.articles.toArray()).toEqual(before.articles);
    expect(await db.events.count()).toBe(3);
    // A second start finds the registry filled and keeps the same case.
    expect(await ensureCaseRegistry(registry)).toEqual(current);
    expect(await registry.cases.count()).toBe(1);
  });
});

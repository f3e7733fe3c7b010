// The storage schema data and the Dexie subclass built from it.

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { CURRENT_SCHEMA_VERSION, LONGEST_SPAN_KEY, SCHEMA_VERSIONS } from '../../../app/storage/schema';
import { TimelineDb } from '../../../renderer/db/timeline-db';
import { freshDb, makeArticle, makeEvent } from './make-records';

let db: TimelineDb | undefined;
afterEach(async () => {
  db?.close();
  if (db) await db.delete();
});

describe('schema versions', () => {
  it('start at 1 and only increase (gaps are fine in Dexie), and the current version is the last one', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers[0]).toBe(1);
    for (let i = 1; i < numbers.length; i++) expect(numbers[i]!).toBeGreaterThan(numbers[i - 1]!);
    expect(CURRENT_SCHEMA_VERSION).toBe(numbers[numbers.length - 1]);
  });

  it('version 2 only adds the meta table', () => {
    expect(SCHEMA_VERSIONS[1]?.stores).toEqual({ meta: 'key' });
  });

  it('version 1 declares the three tables with the window index on events', () => {
    const v1 = SCHEMA_VERSIONS[0]!;
    expect(Object.keys(v1.stores).sort()).toEqual(['articles', 'entities', 'events']);
    expect(v1.stores.events).toContain('[start+end]');
    expect(v1.stores.articles?.split(',')[0]).toBe('id');
  });
});

describe('TimelineDb', () => {
  it('opens at the current version with the indexes of the schema', async () => {
    db = freshDb();
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const eventIndexes = db.events.schema.indexes.map((index) => index.name).sort();
    expect(eventIndexes).toEqual(['[start+end]', '[type+start]', 'articleId', 'clusterId', 'end', 'start', 'type']);
    expect(db.splits.schema.indexes.map((index) => index.name).sort()).toEqual(['eventId', 'otherId']);
    expect(db.articles.schema.primKey.name).toBe('id');
    expect(db.articles.schema.indexes.map((index) => index.name).sort()).toEqual(['importedAt', 'published']);
    expect(db.entities.schema.indexes.map((index) => index.name)).toContain('articleId');
    expect(db.meta.schema.primKey.name).toBe('key');
  });

  it('upgrades a version-1 database, keeping its rows and recording the longest event span', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores({ ...SCHEMA_VERSIONS[0]!.stores });
    await old.table('articles').put(makeArticle({ id: 'a' }));
    await old
      .table('events')
      .bulkPut([
        makeEvent({ id: 'a:0', articleId: 'a', start: '2023-10-01', end: '2023-10-31' }),
        makeEvent({ id: 'a:1', articleId: 'a', start: '2022-01-01', end: '2022-12-31' }),
      ]);
    old.close();

    db = new TimelineDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.events.count()).toBe(2);
    expect(await db.meta.get(LONGEST_SPAN_KEY)).toEqual({ key: LONGEST_SPAN_KEY, value: 365 });
    // v3: every existing event becomes its own one-report cluster.
    const stored = await db.events.orderBy('id').toArray();
    expect(stored.map((e) => [e.clusterId, e.clusterSize, e.clusterLead])).toEqual([
      ['a:0', 1, true],
      ['a:1', 1, true],
    ]);
  });

  it('version 3 adds the cluster index on events and the splits table, keeping the earlier indexes', () => {
    const v3 = SCHEMA_VERSIONS[2]!;
    const v1Events = SCHEMA_VERSIONS[0]!.stores.events!.split(', ');
    const v3Events = v3.stores.events!.split(', ');
    expect(v3Events.slice(0, v1Events.length)).toEqual(v1Events);
    expect(v3Events).toContain('clusterId');
    expect(v3.stores.splits?.split(',')[0]).toBe('id');
  });
});

// Backup and restore of a case (fake-indexeddb): the round trip keeps every row of every table (bytes, dates and
// undefined properties included), and a file that is not a backup, is cut short, comes from a newer version or
// was changed gets its own error and leaves the registry and the databases as they were.

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT_ID,
  BackupError,
  decodeCaseBackup,
  encodeCaseBackup,
  type BackupProblem,
} from '../../../../app/storage/case-backup-format';
import { CURRENT_SCHEMA_VERSION, entityId, splitId } from '../../../../app/storage/schema';
import { TimelineDb } from '../../../../renderer/db/timeline-db';
import { backUpCase, readCaseContent, restoreCase } from '../../../../renderer/cases/case-backup';
import { CaseRegistryDb, createCase } from '../../../../renderer/cases/case-registry';
import { freshDb, makeArticle, makeEvent } from '../make-records';
import { memoryLocalStorage } from './memory-storage';

let source: TimelineDb;
let registry: CaseRegistryDb;
const encoder = new TextEncoder();

async function fillCase(db: TimelineDb): Promise<void> {
  await db.articles.bulkAdd([
    makeArticle({ id: 'a1', text: 'Wang Yi met Vladimir Putin in Saint Petersburg. «Quotes» and emoji 🌍 survive.' }),
    makeArticle({ id: 'a2', published: null, publishedSource: 'none', publishedNote: undefined, format: 'csv', rows: [] }),
  ]);
  await db.events.bulkAdd([
    {
      ...makeEvent({ id: 'a1:0', articleId: 'a1', editedFields: ['label'], reviewState: 'accepted', notes: 'checked "twice"' }),
      clusterId: 'a1:0',
      clusterSize: 2,
      clusterLead: true,
    },
    {
      ...makeEvent({ id: 'a2:0', articleId: 'a2', origin: 'analyst', evidence: [], roles: [{ role: 'party', value: 'Wang Yi' }] }),
      clusterId: 'a1:0',
      clusterSize: 2,
      clusterLead: false,
    },
  ]);
  await db.entities.add({
    id: entityId('a1', 'place', 'Saint Petersburg'),
    articleId: 'a1',
    name: 'Saint Petersburg',
    kind: 'place',
    eventCount: 1,
  });
  await db.meta.bulkAdd([
    { key: 'longestEventSpanDays', value: 30 },
    { key: 'engine', value: 'v7' },
  ]);
  await db.splits.add({ id: splitId('a1:0', 'x'), eventId: 'a1:0', otherId: 'x' });
  await db.view.bulkAdd([
    { key: 'ui', value: { mainView: 'table', laneMode: 'type', $type: 'not a tag' } },
    { key: 'extras', value: { bytes: new Uint8Array([0, 1, 254, 255]), when: new Date('2024-02-29T12:00:00.000Z'), nothing: undefined } },
  ]);
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '').sort();
}

beforeEach(async () => {
  memoryLocalStorage().clear();
  source = freshDb();
  registry = new CaseRegistryDb(`registry-${Math.random().toString(36).slice(2)}`);
  await fillCase(source);
});
afterEach(async () => {
  for (const name of await databaseNames()) await Dexie.delete(name);
});

describe('backing up and restoring a case', () => {
  it('restores every row of every table exactly, as a new case with the backed-up name', async () => {
    const before = await readCaseContent(source, 'Ukraine 2022');
    expect(Object.keys(before.tables).sort()).toEqual(source.tables.map((t) => t.name).sort());
    const file = await backUpCase(source, 'Ukraine 2022');

    const restored = await restoreCase(registry, file);
    expect(restored.name).toBe('Ukraine 2022');
    expect(restored.databaseName).not.toBe(source.name);
    expect(await registry.cases.toArray()).toEqual([restored]);
    const copy = new TimelineDb(restored.databaseName);
    const after = await readCaseContent(copy, 'Ukraine 2022');
    copy.close();
    expect(after.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    for (const table of Object.keys(before.tables)) expect(after.tables[table], table).toStrictEqual(before.tables[table]);
    const extras = after.tables.view!.find((row) => (row as { key: string }).key === 'extras') as { value: Record<string, unknown> };
    expect(extras.value.bytes).toBeInstanceOf(Uint8Array);
    expect('nothing' in extras.value).toBe(true);
  });

  it('gives a second restore of the same backup its own name', async () => {
    const file = await backUpCase(source, 'Ukraine 2022');
    await restoreCase(registry, file);
    expect((await restoreCase(registry, file)).name).toBe('Ukraine 2022 (2)');
  });

  it('restores an empty case', async () => {
    const empty = freshDb();
    const restored = await restoreCase(registry, await backUpCase(empty, 'Empty'));
    const copy = new TimelineDb(restored.databaseName);
    expect(await copy.events.count()).toBe(0);
    copy.close();
  });
});

describe('a file that cannot be restored', () => {
  async function expectRejected(bytes: Uint8Array, problem: BackupProblem, message: RegExp): Promise<void> {
    await createCase(registry, 'Existing');
    const casesBefore = await registry.cases.toArray();
    const databasesBefore = await databaseNames();
    const error = await restoreCase(registry, bytes).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).problem).toBe(problem);
    expect((error as BackupError).message).toMatch(message);
    expect(await registry.cases.toArray()).toEqual(casesBefore);
    expect(await databaseNames()).toEqual(databasesBefore);
  }

  it('is not a backup: text, other JSON, an image, an empty file', async () => {
    for (const bytes of [
      encoder.encode('Wang Yi met Vladimir Putin.\nSecond line'),
      encoder.encode('{"format":"something-else","version":1}\n{}'),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      new Uint8Array(),
    ]) {
      await expectRejected(bytes, 'not-a-backup', /^This file is not an Event Timeline case backup\.$/);
    }
  });

  it('is truncated, in the content or in the header', async () => {
    const file = await backUpCase(source, 'Cut');
    await expectRejected(
      file.subarray(0, file.byteLength - 100),
      'truncated',
      /incomplete: the file was cut short \([\d,]+ of [\d,]+ bytes/,
    );
    await expectRejected(file.subarray(0, 60), 'truncated', /cut short inside its header/);
  });

  it('comes from a newer backup format or a newer database schema', async () => {
    const file = new TextDecoder().decode(await backUpCase(source, 'New'));
    await expectRejected(
      encoder.encode(file.replace('"version":1,', '"version":2,')),
      'newer-version',
      /newer version of Event Timeline \(backup format 2/,
    );
    const content = await readCaseContent(source, 'New');
    const futureTables = { ...content.tables, future: [{ id: 1 }] };
    const future = await encodeCaseBackup({ ...content, schemaVersion: CURRENT_SCHEMA_VERSION + 10, tables: futureTables });
    await expectRejected(future, 'newer-version', new RegExp(`database schema ${CURRENT_SCHEMA_VERSION + 10}`));
  });

  it('was changed after it was made', async () => {
    const text = new TextDecoder().decode(await backUpCase(source, 'Changed'));
    expect(text).toContain('Wang Yi meets Vladimir Putin');
    await expectRejected(
      encoder.encode(text.replace('Wang Yi meets Vladimir Putin', 'Wang Yi meets Vladimir Potin')),
      'tampered',
      /checksum does not match/,
    );
    await expectRejected(encoder.encode(`${text} `), 'tampered', /checksum does not match/);
  });

  it('has a valid checksum but content that is not a case', async () => {
    const bad = await encodeCaseBackup({ caseName: ' ', schemaVersion: 4, tables: {} });
    await expectRejected(bad, 'invalid', /caseName: the case name is empty/);
    const unknownTable = await encodeCaseBackup({ caseName: 'X', schemaVersion: 4, tables: { history: [{ id: 1 }] } });
    await expectRejected(unknownTable, 'invalid', /unknown table “history”/);
    const duplicateKeys = await encodeCaseBackup({
      caseName: 'X',
      schemaVersion: 4,
      tables: {
        meta: [
          { key: 'k', value: 1 },
          { key: 'k', value: 2 },
        ],
      },
    });
    await expectRejected(duplicateKeys, 'invalid', /could not be restored/);
  });

  it('decodes its own header format id', async () => {
    const text = new TextDecoder().decode(await backUpCase(source, 'Id'));
    expect(JSON.parse(text.slice(0, text.indexOf('\n')))).toMatchObject({ format: BACKUP_FORMAT_ID, version: 1 });
    await expect(decodeCaseBackup(encoder.encode(text), CURRENT_SCHEMA_VERSION)).resolves.toMatchObject({ caseName: 'Id' });
  });
});

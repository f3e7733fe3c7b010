// The case registry and switching (fake-indexeddb, in-memory localStorage): unique names, rename, the delete
// confirmation's wording, deleting another case at once and the current one after the switch, never the only one.

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PENDING_DELETE_STORAGE_KEY } from '../../../../app/storage/cases';
import { readCurrentCase } from '../../../../renderer/db/current-database';
import { TimelineDb } from '../../../../renderer/db/timeline-db';
import {
  CaseRegistryDb,
  caseContents,
  createCase,
  deleteConfirmation,
  ensureCaseRegistry,
  renameCase,
} from '../../../../renderer/cases/case-registry';
import { deleteCase, runPendingDeletes, switchToCase } from '../../../../renderer/cases/switch-case';
import { makeArticle, makeEvent } from '../make-records';
import { memoryLocalStorage } from './memory-storage';

let registry: CaseRegistryDb;
beforeEach(() => {
  memoryLocalStorage().clear();
  registry = new CaseRegistryDb(`registry-${Math.random().toString(36).slice(2)}`);
});
afterEach(async () => {
  for (const info of await indexedDB.databases()) await Dexie.delete(info.name!);
});

describe('the case registry', () => {
  it('gives new and renamed cases unique, trimmed names and refuses empty ones', async () => {
    await ensureCaseRegistry(registry);
    const a = await createCase(registry, '  Ukraine   2022 ');
    const b = await createCase(registry, 'ukraine 2022');
    expect([a.name, b.name]).toEqual(['Ukraine 2022', 'ukraine 2022 (2)']);
    expect(a.databaseName).toBe(`event-timeline-case-${a.id}`);
    await expect(createCase(registry, '   ')).rejects.toThrow('A case needs a name.');
    expect((await renameCase(registry, b.id, 'First case')).name).toBe('First case (2)');
    expect((await renameCase(registry, a.id, 'Ukraine 2022')).name).toBe('Ukraine 2022');
  });

  it('counts what a case holds for the delete confirmation', async () => {
    const record = await createCase(registry, 'Counted');
    const db = new TimelineDb(record.databaseName);
    await db.articles.bulkAdd([makeArticle({ id: 'a' }), makeArticle({ id: 'b' })]);
    await db.events.add(makeEvent({ id: 'a:0', articleId: 'a' }));
    db.close();
    const contents = await caseContents(record.databaseName);
    expect(deleteConfirmation(record, contents)).toBe('Delete case “Counted” with 2 articles and 1 event?');
    expect(await caseContents('never-opened')).toEqual({ articles: 0, events: 0 });
  });

  it('deletes another case and its database at once, and the current one after switching to another', async () => {
    const first = await ensureCaseRegistry(registry);
    const other = await createCase(registry, 'Other');
    await new TimelineDb(other.databaseName).open().then((db) => db.close());
    const reload = vi.fn();
    await deleteCase(registry, other, reload);
    expect(reload).not.toHaveBeenCalled();
    expect(await Dexie.exists(other.databaseName)).toBe(false);
    expect(await registry.cases.count()).toBe(1);

    await expect(deleteCase(registry, first, reload)).rejects.toThrow(/only case/);
    const third = await createCase(registry, 'Third');
    switchToCase(third, reload);
    expect(readCurrentCase()).toEqual({ id: third.id, databaseName: third.databaseName });
    await new TimelineDb(third.databaseName).open().then((db) => db.close());
    await deleteCase(registry, third, reload);
    expect(reload).toHaveBeenCalledTimes(2);
    expect(readCurrentCase()?.id).toBe(first.id);
    expect(JSON.parse(memoryLocalStorage().getItem(PENDING_DELETE_STORAGE_KEY)!)).toEqual([third.databaseName]);
    await runPendingDeletes(); // the next start
    expect(await Dexie.exists(third.databaseName)).toBe(false);
    expect(JSON.parse(memoryLocalStorage().getItem(PENDING_DELETE_STORAGE_KEY)!)).toEqual([]);
  });
});

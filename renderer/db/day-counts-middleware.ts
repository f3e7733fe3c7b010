// A Dexie DBCore middleware that keeps the dayCounts table right on every write to the events table, whoever
// writes (import, re-anchoring, merge/split, the analyst's edits and deletes): each read-write transaction over
// events also gets dayCounts in scope, and each events mutation reads the rows it replaces, applies itself, then
// adds the count changes (app/view/day-count-deltas.ts) in the same transaction, with a new counts stamp in the
// meta table (which outdates the compact copy of the counts, app/storage/day-count-snapshot.ts). Mutations of one
// transaction are handled one after the other, so parallel writes never lose a count. Once such a transaction
// commits, the ids it wrote or deleted are announced to the other realms (event-changes.ts), for the view-index worker.

import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { applyDayCountDeltas, dayCountDeltas } from '../../app/view/day-count-deltas';
import { DAY_COUNTS_STAMP_KEY } from '../../app/storage/day-count-snapshot';
import type { DayCountRecord, StoredEvent } from '../../app/storage/schema';
import { announceEventChanges } from './event-changes';

const EVENTS = 'events';
const COUNTS = 'dayCounts';
const META = 'meta';

/** Whether the underlying IndexedDB transaction can write the counts (not during upgrades before version 6). */
function hasCounts(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  return names === undefined || names.contains(COUNTS);
}

async function rowsBefore(events: DBCoreTable, req: DBCoreMutateRequest): Promise<Array<StoredEvent | undefined>> {
  if (req.type === 'deleteRange') {
    const found = await events.query({ trans: req.trans, values: true, query: { index: events.schema.primaryKey, range: req.range } });
    return found.result as StoredEvent[];
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((value) => events.schema.primaryKey.extractKey!(value)));
  return (await events.getMany({ trans: req.trans, keys })) as Array<StoredEvent | undefined>;
}

function rowsAfter(req: DBCoreMutateRequest, response: DBCoreMutateResponse): Array<StoredEvent | undefined> {
  if (req.type === 'delete' || req.type === 'deleteRange') return [];
  return req.values.map((value, i) => (response.failures[i] ? undefined : (value as StoredEvent)));
}

/** Rows of a failed add or put keep their old value: count the old row again for those. */
function keptOnFailure(
  req: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  before: Array<StoredEvent | undefined>,
): Array<StoredEvent | undefined> {
  if (req.type === 'delete' || req.type === 'deleteRange' || response.numFailures === 0) return [];
  return before.filter((_row, i) => response.failures[i] !== undefined);
}

async function writeDeltas(counts: DBCoreTable, meta: DBCoreTable, trans: DBCoreTransaction, deltas: Map<string, number>): Promise<void> {
  if (deltas.size === 0) return;
  const stamp = { key: DAY_COUNTS_STAMP_KEY, value: crypto.randomUUID() };
  await meta.mutate({ type: 'put', trans, values: [stamp], keys: [stamp.key] });
  const keys = [...deltas.keys()];
  const rows = (await counts.getMany({ trans, keys })) as Array<DayCountRecord | undefined>;
  const current = new Map<string, DayCountRecord>();
  for (const row of rows) if (row) current.set(row.id, row);
  const { put, remove } = applyDayCountDeltas(current, deltas);
  if (put.length > 0) await counts.mutate({ type: 'put', trans, values: put, keys: put.map((row) => row.id) });
  if (remove.length > 0) await counts.mutate({ type: 'delete', trans, keys: remove });
}

/** Ids of the events a mutation writes or deletes. */
function idsOf(req: DBCoreMutateRequest, before: Array<StoredEvent | undefined>): string[] {
  if (req.type === 'deleteRange') return before.flatMap((row) => (row ? [row.id] : []));
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((value) => (value as StoredEvent).id));
  return keys.map(String);
}

function countingEvents(dbName: string, events: DBCoreTable, counts: DBCoreTable, meta: DBCoreTable): DBCoreTable {
  const queues = new WeakMap<DBCoreTransaction, Promise<unknown>>();
  const touched = new WeakMap<DBCoreTransaction, Set<string>>();
  /** Collects the ids a transaction writes and announces them once it commits (event-changes.ts). */
  const note = (trans: DBCoreTransaction, ids: readonly string[]): void => {
    let set = touched.get(trans);
    if (!set) {
      const fresh = new Set<string>();
      set = fresh;
      touched.set(trans, fresh);
      (trans as unknown as IDBTransaction).addEventListener?.('complete', () => announceEventChanges(dbName, [...fresh]));
    }
    for (const id of ids) set.add(id);
  };
  const mutateCounted = async (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
    const before = await rowsBefore(events, req);
    note(req.trans, idsOf(req, before));
    const response = await events.mutate(req);
    const deltas = dayCountDeltas(before, [...rowsAfter(req, response), ...keptOnFailure(req, response, before)]);
    await writeDeltas(counts, meta, req.trans, deltas);
    return response;
  };
  return {
    ...events,
    mutate(req) {
      if (!hasCounts(req.trans)) return events.mutate(req);
      const previous = queues.get(req.trans) ?? Promise.resolve();
      const next = previous.then(() => mutateCounted(req));
      queues.set(
        req.trans,
        next.catch(() => undefined),
      );
      return next;
    },
  };
}

export const dayCountsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'dayCounts',
  create(down) {
    const hasTable = down.schema.tables.some((table) => table.name === COUNTS);
    if (!hasTable) return {};
    return {
      transaction(stores, mode, options) {
        const writesEvents = mode === 'readwrite' && stores.includes(EVENTS);
        const scope = writesEvents ? [...new Set([...stores, COUNTS, META])] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === EVENTS ? countingEvents(down.schema.name, table, down.table(COUNTS), down.table(META)) : table;
      },
    };
  },
};

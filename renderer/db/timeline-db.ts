// The typed Dexie database of one case: articles, their events (with their cluster), the entities they name,
// meta, the analyst's splits and merges, the analyst's edits per event identity, the undo history, the case's view
// and per-day event counts (kept right by day-counts-middleware.ts).
// The schema itself is data in app/storage/schema.ts; every version listed there is declared here in
// order, with the data upgrade a version needs (if any) from DATA_UPGRADES.

import './dexie-mode';
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Article } from '../../app/model/article';
import type { TimelineEvent } from '../../app/model/event';
import { mergeLegacyView, SAVED_VIEW_KEY } from '../../app/view/saved-view';
import {
  LEGACY_TIMELINE_VIEW_KEY,
  LONGEST_SPAN_KEY,
  SCHEMA_VERSIONS,
  TIMELINE_DB_NAME,
  type DayCountRecord,
  type AnalystEditRecord,
  type EntityRecord,
  type HistoryRecord,
  type MergeRecord,
  type MetaRecord,
  type SplitRecord,
  type StoredEvent,
  type ViewRecord,
} from '../../app/storage/schema';
import { countRowsOf } from '../../app/view/day-count-deltas';
import { eventSpanDays } from '../lib/iso-date';
import { currentDatabaseName } from './current-database';
import { dayCountsMiddleware } from './day-counts-middleware';

/** Data migrations run when an existing database is opened at a newer version. */
const DATA_UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
  /** v2 added the meta table: record the longest span among the events already stored. */
  2: async (tx) => {
    let longest = 0;
    await tx.table<TimelineEvent, string>('events').each((event) => {
      longest = Math.max(longest, eventSpanDays(event));
    });
    await tx.table<MetaRecord, string>('meta').put({ key: LONGEST_SPAN_KEY, value: longest });
  },
  /** v3 added clusters: every existing event starts as its own one-report cluster. */
  3: async (tx) => {
    await tx
      .table<StoredEvent, string>('events')
      .toCollection()
      .modify((event) => {
        event.clusterId = event.id;
        event.clusterSize = 1;
        event.clusterLead = true;
      });
  },
  /** v6 added per-day counts: count the events already stored. */
  6: async (tx) => {
    const events: StoredEvent[] = [];
    await tx.table<StoredEvent, string>('events').each((event) => {
      events.push({
        start: event.start,
        end: event.end,
        type: event.type,
        status: event.status,
        clusterLead: event.clusterLead,
      } as StoredEvent);
    });
    const counts = tx.table<DayCountRecord, string>('dayCounts');
    await counts.clear();
    await counts.bulkPut(countRowsOf(events));
  },
  /** v7 keeps one view record: the meta row's window and search join the view table's 'ui' record. */
  7: async (tx) => {
    const meta = tx.table<MetaRecord, string>('meta');
    const legacy = await meta.get(LEGACY_TIMELINE_VIEW_KEY);
    if (!legacy) return;
    const view = tx.table<ViewRecord, string>('view');
    const ui = await view.get(SAVED_VIEW_KEY);
    await view.put({ key: SAVED_VIEW_KEY, value: mergeLegacyView(ui?.value, legacy.value) });
    await meta.delete(LEGACY_TIMELINE_VIEW_KEY);
  },
};

export class TimelineDb extends Dexie {
  articles!: Table<Article, string>;
  events!: Table<StoredEvent, string>;
  entities!: Table<EntityRecord, string>;
  meta!: Table<MetaRecord, string>;
  splits!: Table<SplitRecord, string>;
  view!: Table<ViewRecord, string>;
  dayCounts!: Table<DayCountRecord, string>;
  history!: Table<HistoryRecord, number>;
  analystEdits!: Table<AnalystEditRecord, string>;
  merges!: Table<MergeRecord, string>;

  constructor(name: string = TIMELINE_DB_NAME) {
    super(name);
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores({ ...schema.stores });
      const upgrade = DATA_UPGRADES[schema.version];
      if (upgrade) version.upgrade(upgrade);
    }
    this.use(dayCountsMiddleware);
  }
}

let shared: TimelineDb | null = null;

/** The one database instance of this JavaScript realm (UI thread or worker): the current case's database. */
export function openTimelineDb(): TimelineDb {
  shared ??= new TimelineDb(currentDatabaseName());
  return shared;
}

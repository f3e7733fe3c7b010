// The local database schema as plain data: table name -> Dexie index string, for every version ever shipped.
// The renderer's Dexie subclass declares each entry with `db.version(n).stores(...)`; keeping the list here
// (framework-free) lets tests check that versions only ever grow and that old versions are never edited.

import type { EditableField, ReviewState, TimelineEvent } from '../model/event';
import type { HistoryEntry } from '../model/history';

/** Name of the IndexedDB database. */
export const TIMELINE_DB_NAME = 'event-timeline';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs: first key is the primary key, then indexes; `[a+b]` is a compound index. */
  stores: Readonly<Record<string, string | null>>;
  /** What changed, for the reader of this file. */
  note: string;
}

/**
 * Every schema version, oldest first. Never edit or remove a shipped entry: append a new version instead
 * (Dexie needs the old ones to upgrade existing installations).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    note: 'Articles keyed by content hash; events with a [start+end] index for visible-window queries; entities per article.',
    stores: {
      articles: 'id, published, importedAt',
      events: 'id, articleId, type, start, end, [start+end]',
      entities: 'id, articleId, name, kind',
    },
  },
  {
    version: 2,
    note: 'A small key/value meta table; it records the longest event span so window queries know how far back to look.',
    stores: {
      meta: 'key',
    },
  },
  {
    version: 3,
    note:
      'Cross-article merging: events carry an indexed clusterId (plus a [type+start] index to find merge candidates); ' +
      'the splits table records event pairs the analyst split apart, so re-imports and re-anchoring never re-merge them.',
    stores: {
      events: 'id, articleId, type, start, end, [start+end], clusterId, [type+start]',
      splits: 'id, eventId, otherId',
    },
  },
  {
    version: 4,
    note:
      'Cases: each case has its own database (the registry database, app/storage/cases.ts, lists them; the existing ' +
      "'event-timeline' database becomes the first case in place, every row kept). The view table holds the case's " +
      'own view (main view, filters, lanes), so it travels with the case and its backups.',
    stores: {
      view: 'key',
    },
  },
  {
    version: 5,
    note:
      "Curation: the undo history (auto-numbered, survives a reload); the analyst's edits and deletions per extracted " +
      'event identity (kept through re-extraction; a deletion is a tombstone); event pairs the analyst merged by hand.',
    stores: {
      history: '++seq',
      analystEdits: 'id, articleId',
      merges: 'id, eventId, otherId',
    },
  },
  {
    version: 6,
    note:
      'Per-day event counts by type, status and span class (dayCounts), kept right by a DBCore middleware on every events write, so ' +
      'the timeline aggregates a window of any size without loading its events; the upgrade counts the stored rows.',
    stores: {
      dayCounts: 'id, day',
    },
  },
  {
    version: 7,
    note:
      "One remembered view per case: the window and search that the meta row 'timelineView' held move into the view " +
      "table's 'ui' record (next to the main view, lanes and filters) and the meta row is deleted; no store changes.",
    stores: {},
  },
  {
    version: 8,
    note:
      'No new tables: the meta table may hold a compact copy of the dayCounts table (app/storage/day-count-snapshot.ts) that is ' +
      'valid while the counts stamp, written with every count change, is unchanged. Builds before this one do not write the ' +
      'stamp, so the version goes up and they cannot open (and silently outdate the copy of) a database of this one.',
    stores: {},
  },
];

/** The newest schema version number. */
export const CURRENT_SCHEMA_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** A participant or place named by an article's events (one row per article, kind and name). */
export interface EntityRecord {
  id: string; // `${articleId}|${kind}|${name}`
  articleId: string;
  name: string;
  kind: 'participant' | 'place';
  /** How many of the article's events mention it. */
  eventCount: number;
}

/** A row of the view table (v4): one named part of the case's view; key 'ui' is the remembered view (app/view/saved-view.ts). */
export interface ViewRecord {
  key: string;
  value: unknown;
}

/** A key/value row of the meta table. */
export interface MetaRecord {
  key: string;
  /** Numbers and strings; the dayCounts copy (app/storage/day-count-snapshot.ts) is an object. */
  value: number | string | object;
}

/** An event as stored: the cluster fields are absent on rows written before version 3 (own cluster). */
export interface StoredEvent extends TimelineEvent {
  /** Id of the cluster (the smallest member event id) this report belongs to. */
  clusterId?: string;
  /** How many reports the cluster holds. */
  clusterSize?: number;
  /** True for the cluster's representative (most precise date, then highest confidence). */
  clusterLead?: boolean;
  /** True when the cluster's reports disagree on the dates or the places (a review flag; set with the cluster). */
  sourcesDisagree?: boolean;
}

/** One step of the undo history: what an action changed, and whether it is currently undone (redo branch). */
export interface HistoryRecord {
  seq?: number; // auto-incremented
  entry: HistoryEntry;
  undone: boolean;
  at: string; // ISO time
}

/**
 * The analyst's work on one extracted event, keyed by its stable identity (eventIdentity), so it is re-applied
 * when the article is re-extracted: edited field values, review state, notes, or `deleted` (a tombstone).
 */
export interface AnalystEditRecord {
  id: string; // eventIdentity(event)
  articleId: string;
  values: Partial<TimelineEvent>;
  editedFields: EditableField[];
  reviewState?: ReviewState;
  deleted?: boolean;
}

/** Two events the analyst merged by hand: they stay in one cluster when clusters are re-formed. */
export interface MergeRecord {
  id: string; // splitId(eventId, otherId)
  eventId: string;
  otherId: string;
}

/** Two events the analyst split apart: they must never be in one cluster again. */
export interface SplitRecord {
  id: string; // splitId(eventId, otherId)
  eventId: string;
  otherId: string;
}

/** Order-insensitive key of a split pair. */
export function splitId(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** How long an event lasts, in classes: up to 1, 7, 31, 92 days, or longer ('y'). */
export type SpanClass = 'd' | 'w' | 'm' | 'q' | 'y';

/** How many drawn events (cluster representatives) start on one day with one type, status and span class. */
export interface DayCountRecord {
  id: string; // dayCountId(day, type, status, span)
  day: string; // YYYY-MM-DD, the events' start day
  type: TimelineEvent['type'];
  status: TimelineEvent['status'];
  span: SpanClass;
  count: number;
}

export function dayCountId(day: string, type: string, status: string, span: SpanClass): string {
  return `${day}|${type}|${status}|${span}`;
}

/** Meta key of schema v6 and earlier: the timeline view (window, lanes, filters, search) as JSON; v7 moved it to the view table. */
export const LEGACY_TIMELINE_VIEW_KEY = 'timelineView';

/** Meta key: the longest [start, end] span, in days, of any event ever stored (never shrinks). */
export const LONGEST_SPAN_KEY = 'longestEventSpanDays';

export function entityId(articleId: string, kind: EntityRecord['kind'], name: string): string {
  return `${articleId}|${kind}|${name}`;
}

// The remembered view of a case as stored: one record, key 'ui' of the case database's view table (schema v4),
// holding the main view, the visible window, lanes, filters and search. `parseSavedView` reads a stored value
// field by field (a malformed or missing field falls back to its default, so an older or damaged record never
// breaks the start-up); `mergeLegacyView` folds in the 'timelineView' meta row that schema v6 and earlier also
// wrote (the v7 upgrade runs it once).

import type { EventRoleName } from '../model/event';
import { NO_FILTERS, type EventFilters } from '../model/event-filter';
import { ROLE_LABELS } from '../model/role-labels';
import { LANE_MODES, type LaneMode } from '../view/lanes';

/** Key of the case's view record in the view table. */
export const SAVED_VIEW_KEY = 'ui';

export const MAIN_VIEWS = ['timeline', 'table'] as const;
export type SavedMainView = (typeof MAIN_VIEWS)[number];

export interface SavedView {
  mainView: SavedMainView;
  /** Window edges in epoch milliseconds; null when none was remembered. */
  window: { start: number; end: number } | null;
  laneMode: LaneMode;
  collapsedLanes: string[];
  laneOrder: string[];
  filters: EventFilters;
  search: string;
}

export const DEFAULT_SAVED_VIEW: SavedView = Object.freeze({
  mainView: 'timeline',
  window: null,
  laneMode: 'none',
  collapsedLanes: [],
  laneOrder: [],
  filters: NO_FILTERS,
  search: '',
}) as SavedView;

type Raw = Record<string, unknown>;

const ROLE_NAMES: ReadonlySet<string> = new Set(ROLE_LABELS.map(([role]) => role));

const record = (value: unknown): Raw => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : {});
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const isoDay = (value: unknown): string | null => (typeof value === 'string' && /^-?\d{4,}-\d{2}-\d{2}$/.test(value) ? value : null);

function parseFilters(value: unknown): EventFilters {
  const raw = record(value);
  const confidence = raw.minConfidence;
  return {
    ...NO_FILTERS,
    types: strings(raw.types) as EventFilters['types'],
    statuses: strings(raw.statuses) as EventFilters['statuses'],
    participants: strings(raw.participants),
    participantRole:
      typeof raw.participantRole === 'string' && ROLE_NAMES.has(raw.participantRole) ? (raw.participantRole as EventRoleName) : null,
    places: strings(raw.places),
    articleIds: strings(raw.articleIds),
    from: isoDay(raw.from),
    to: isoDay(raw.to),
    minConfidence: typeof confidence === 'number' && confidence >= 0 && confidence <= 1 ? confidence : 0,
  };
}

function parseWindow(value: unknown): SavedView['window'] {
  const raw = record(value);
  const { start, end } = raw;
  return typeof start === 'number' && typeof end === 'number' && Number.isFinite(start) && Number.isFinite(end) && end > start
    ? { start, end }
    : null;
}

/** The saved view a stored value describes, every field checked on its own. */
export function parseSavedView(value: unknown): SavedView {
  const raw = record(value);
  return {
    mainView: MAIN_VIEWS.includes(raw.mainView as SavedMainView) ? (raw.mainView as SavedMainView) : 'timeline',
    window: parseWindow(raw.window),
    laneMode: LANE_MODES.includes(raw.laneMode as LaneMode) ? (raw.laneMode as LaneMode) : 'none',
    collapsedLanes: strings(raw.collapsedLanes),
    laneOrder: strings(raw.laneOrder),
    filters: parseFilters(raw.filters),
    search: typeof raw.search === 'string' ? raw.search : '',
  };
}

/**
 * The one record made of the view table's 'ui' value (main view, lanes, filters) and the legacy meta
 * 'timelineView' JSON (window, lanes, filters, search). The fields only the legacy row held (window, search)
 * come from it; the fields both held come from the 'ui' record when there is one.
 */
export function mergeLegacyView(uiValue: unknown, legacyJson: unknown): SavedView {
  let legacy: unknown = undefined;
  if (typeof legacyJson === 'string') {
    try {
      legacy = JSON.parse(legacyJson);
    } catch {
      legacy = undefined;
    }
  }
  const fromLegacy = parseSavedView(legacy);
  if (uiValue === undefined) return fromLegacy;
  return { ...parseSavedView(uiValue), window: fromLegacy.window, search: fromLegacy.search };
}

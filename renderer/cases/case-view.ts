// Each case keeps its own view (main view, filters, lanes) in its database's view table (schema v4), so the
// view comes back when the analyst returns to the case and travels with the case's backups. Loaded into the UI
// store before the app renders; written back (debounced) whenever those store fields change.

import * as v from 'valibot';
import { NO_FILTERS } from '../../app/model/event-filter';
import type { TimelineDb } from '../db/timeline-db';
import { useUiStore, type UiState } from '../state/ui-store';

/** Key of the UI store's view fields in the view table. */
export const UI_VIEW_KEY = 'ui';

type SavedView = Pick<UiState, 'mainView' | 'filters' | 'laneMode' | 'collapsedLanes' | 'laneOrder'>;

const Strings = v.array(v.string());
const SavedViewSchema = v.object({
  mainView: v.picklist(['timeline', 'table']),
  filters: v.object({
    types: Strings,
    statuses: Strings,
    participants: Strings,
    places: Strings,
    articleIds: Strings,
    from: v.nullable(v.string()),
    to: v.nullable(v.string()),
    minConfidence: v.number(),
  }),
  laneMode: v.picklist(['none', 'type', 'participant', 'place', 'article']),
  collapsedLanes: Strings,
  laneOrder: Strings,
});

function savedView(state: UiState): SavedView {
  const { mainView, filters, laneMode, collapsedLanes, laneOrder } = state;
  return { mainView, filters, laneMode, collapsedLanes, laneOrder };
}

/** Puts the case's saved view into the UI store (a missing or unreadable view leaves the defaults). */
export async function loadCaseView(db: TimelineDb): Promise<void> {
  const stored = await db.view.get(UI_VIEW_KEY);
  const parsed = v.safeParse(SavedViewSchema, stored?.value);
  if (!parsed.success) return;
  const view = parsed.output as SavedView;
  useUiStore.setState({ ...view, filters: { ...NO_FILTERS, ...view.filters } });
}

/** Writes the view fields to the case database whenever they change; returns the unsubscribe function. */
export function persistCaseView(db: TimelineDb, delayMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = JSON.stringify(savedView(useUiStore.getState()));
  const unsubscribe = useUiStore.subscribe((state) => {
    const next = JSON.stringify(savedView(state));
    if (next === last) return;
    last = next;
    clearTimeout(timer);
    timer = setTimeout(() => void db.view.put({ key: UI_VIEW_KEY, value: JSON.parse(next) as unknown }).catch(console.error), delayMs);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}

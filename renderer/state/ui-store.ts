// The one small UI store (zustand): what is selected, which view is showing, the filters, the search and the
// lanes. Database rows never live here (they are read with dexie-react-hooks' useLiveQuery); this holds only
// what the analyst is looking at. Components read slices with `useUiStore(selector)`; actions and
// non-React code use `useUiStore.getState()`.

import { create } from 'zustand';
import type { ExportFormat } from '../../app/ipc/contract';
import { NO_FILTERS, type EventFilters } from '../../app/model/event-filter';

/** How the timeline is split into lanes (vis-timeline groups). */
export type LaneMode = 'none' | 'type' | 'participant' | 'place' | 'article';

/** Which main view shows the events. */
export type MainView = 'timeline' | 'table';

/** The case dialog that is open (New case, Rename case…, Delete case…), if any. */
export type CaseDialog = 'new' | 'rename' | 'delete';
/** What the event editor is open for: an existing event, or a new one (from Add event or a double-click at a date). */
export type EditorTarget = { mode: 'edit'; eventId: string } | { mode: 'add'; start?: string };

export interface UiState {
  /** Selected event ids, in the order they were selected; the first opens the side panel. */
  selectedEventIds: string[];
  mainView: MainView;
  filters: EventFilters;
  /** The search field's text; empty means no search. */
  search: string;
  laneMode: LaneMode;
  /** Lane keys the analyst collapsed. */
  collapsedLanes: string[];
  /** Lane keys in the analyst's order (lanes not listed follow by event count). */
  laneOrder: string[];
  /** A one-line message in the status bar (import results, errors of actions). */
  notice: string | null;
  /** The export dialog is open with this format chosen; null when closed. */
  exportDialogFormat: ExportFormat | null;
  caseDialog: CaseDialog | null;
  /** Facts the toolbar's enabled states read (kept in step with the database by App through useLiveQuery). */
  hasEvents: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  exporting: boolean;
  /** The open event editor, or null. */
  editor: EditorTarget | null;
  /** Whether the Review panel is open, and the position in its list of flagged events. */
  reviewOpen: boolean;
  reviewIndex: number;

  select(eventIds: string[]): void;
  setMainView(view: MainView): void;
  setFilters(patch: Partial<EventFilters>): void;
  setSearch(text: string): void;
  setLaneMode(mode: LaneMode): void;
  toggleLane(key: string): void;
  setLaneOrder(keys: string[]): void;
  notify(message: string | null): void;
  openExportDialog(format: ExportFormat | null): void;
  openCaseDialog(dialog: CaseDialog | null): void;
  setFacts(facts: Partial<Pick<UiState, 'hasEvents' | 'undoLabel' | 'redoLabel' | 'exporting'>>): void;
  openEditor(target: EditorTarget | null): void;
  setReview(open: boolean, index?: number): void;
}

export const useUiStore = create<UiState>()((set) => ({
  selectedEventIds: [],
  mainView: 'timeline',
  filters: NO_FILTERS,
  search: '',
  laneMode: 'none',
  collapsedLanes: [],
  laneOrder: [],
  notice: null,
  exportDialogFormat: null,
  caseDialog: null,
  hasEvents: false,
  undoLabel: null,
  redoLabel: null,
  exporting: false,
  editor: null,
  reviewOpen: false,
  reviewIndex: 0,

  select: (eventIds) => set({ selectedEventIds: eventIds }),
  setMainView: (view) => set({ mainView: view }),
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  setSearch: (text) => set({ search: text }),
  setLaneMode: (mode) => set({ laneMode: mode, collapsedLanes: [], laneOrder: [] }),
  toggleLane: (key) =>
    set((state) => ({
      collapsedLanes: state.collapsedLanes.includes(key) ? state.collapsedLanes.filter((k) => k !== key) : [...state.collapsedLanes, key],
    })),
  setLaneOrder: (keys) => set({ laneOrder: keys }),
  notify: (message) => set({ notice: message }),
  openExportDialog: (format) => set({ exportDialogFormat: format }),
  openCaseDialog: (dialog) => set({ caseDialog: dialog }),
  setFacts: (facts) => set(facts),
  openEditor: (target) => set({ editor: target }),
  setReview: (open, index) => set((state) => ({ reviewOpen: open, reviewIndex: Math.max(0, index ?? state.reviewIndex) })),
}));

/** The event whose details the side panel shows (the first selected), or null. */
export function primarySelection(state: Pick<UiState, 'selectedEventIds'>): string | null {
  return state.selectedEventIds[0] ?? null;
}

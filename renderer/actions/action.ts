// The shape of one action of the action registry: every command the analyst can give (edit, delete, merge,
// undo, import, export, zoom, new case, ...) is one small file under renderer/actions/ exporting one
// `AppAction`. The toolbar, the Electron menu, the keyboard and the undo history all go through the registry,
// as Excalidraw's and VS Code's do, so a command has one label, one shortcut and one implementation.

import type { TimelineDb } from '../db/timeline-db';

/** A row change in one table: `before` null means the row was added, `after` null that it was removed. */
export interface RowChange {
  table: string;
  key: string;
  before: unknown;
  after: unknown;
}

/**
 * What an undoable action did, as data (so the history survives a reload): undo writes every `before`
 * back, redo every `after`. An action with a non-row effect (e.g. asking the worker to re-extract) names
 * it in `effects` and handles it in its own `undo`/`redo`.
 */
export interface HistoryEntry {
  actionId: string;
  /** What the history and the Undo tooltip say, e.g. "Edit label of “Wang Yi meets Putin”". */
  label: string;
  changes: RowChange[];
  /** Extra data the action's own undo/redo needs. */
  effects?: unknown;
}

/** What an action runs with: the case database and the app's services. Extended as the app grows. */
export interface ActionContext {
  db: TimelineDb;
  /** Shows a one-line message in the status bar. */
  notify(message: string): void;
}

export interface AppAction<Arg = void> {
  /** Stable id, e.g. "event.edit"; the Electron menu and the history refer to actions by it. */
  id: string;
  /** The accessible name of its button and menu item, e.g. "Undo". */
  label: string;
  /** Key chord in the registry's notation: "Mod+Z", "Shift+Mod+Z", "Delete", "A" ("Mod" is Cmd on macOS, Ctrl elsewhere). */
  shortcut?: string;
  /** Whether it can run now. */
  isEnabled?(ctx: ActionContext): boolean;
  /** Does the work; an undoable action returns what it changed. */
  run(ctx: ActionContext, arg: Arg): Promise<HistoryEntry | void> | HistoryEntry | void;
  /** Undo/redo for actions whose effect is more than row changes (default: write the rows back). */
  undo?(ctx: ActionContext, entry: HistoryEntry): Promise<void>;
  redo?(ctx: ActionContext, entry: HistoryEntry): Promise<void>;
}

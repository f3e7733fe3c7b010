// The shape of one action of the action registry: every command the analyst can give (edit, delete, merge,
// undo, import, export, zoom, new case, ...) is one small file under renderer/actions/ exporting one
// `AppAction`. The toolbar, the Electron menu, the keyboard and the undo history all go through the registry,
// as Excalidraw's and VS Code's do, so a command has one label, one shortcut and one implementation.

import type { HistoryEntry } from '../../app/model/history';
import type { TimelineDb } from '../db/timeline-db';
import type { AppServices } from './services';

export type { HistoryEntry, RowChange } from '../../app/model/history';

/** What an action runs with: the case database and the app's services. Extended as the app grows. */
export interface ActionContext {
  db: TimelineDb;
  /** Shows a one-line message in the status bar. */
  notify(message: string): void;
  /** What the UI provides (timeline, dialogs, worker jobs); absent in tests that only touch the database. */
  services?: AppServices;
}

/** Where an action shows in the toolbar: its group (file, edit, view, export, ... in TOOLBAR_GROUPS order) and order in it. */
export interface ToolbarPlacement {
  group: string;
  order: number;
  /** Text on the button when it differs from the label (e.g. "−" for "Zoom out"; the label stays the accessible name). */
  text?: string;
  /** Shown as an item of this drop-down menu of the group (e.g. "Export") instead of a button. */
  menu?: string;
  primary?: boolean;
}

export interface AppAction<Arg = void> {
  /** Stable id, e.g. "event.edit"; the Electron menu and the history refer to actions by it. */
  id: string;
  /** The accessible name of its button and menu item, e.g. "Undo". */
  label: string;
  /** Key chord in the registry's notation: "Mod+Z", "Shift+Mod+Z", "Delete", "A" ("Mod" is Cmd on macOS, Ctrl elsewhere). */
  shortcut?: string;
  /** Its toolbar button, if it has one. */
  toolbar?: ToolbarPlacement;
  /** Whether it can run now. */
  isEnabled?(ctx: ActionContext): boolean;
  /** Does the work; an undoable action returns what it changed. */
  run(ctx: ActionContext, arg: Arg): Promise<HistoryEntry | void> | HistoryEntry | void;
  /** Undo/redo for actions whose effect is more than row changes (default: write the rows back). */
  undo?(ctx: ActionContext, entry: HistoryEntry): Promise<void>;
  redo?(ctx: ActionContext, entry: HistoryEntry): Promise<void>;
}

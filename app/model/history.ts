// The undo history's data: what one analyst action changed, as row changes, so it can be stored (and survive a
// reload), undone by writing every `before` back and redone by writing every `after`. The renderer's action
// registry (renderer/actions/action.ts) re-exports these types.

/** A row change in one table: `before` null means the row was added, `after` null that it was removed. */
export interface RowChange {
  table: string;
  key: string;
  before: unknown;
  after: unknown;
}

/**
 * What an undoable action did, as data: undo writes every `before` back, redo every `after`. An action with a
 * non-row effect names it in `effects` and handles it in its own `undo`/`redo`.
 */
export interface HistoryEntry {
  actionId: string;
  /** What the history and the Undo tooltip say, e.g. "Edit label of “Wang Yi meets Putin”". */
  label: string;
  changes: RowChange[];
  /** Extra data the action's own undo/redo needs. */
  effects?: unknown;
}

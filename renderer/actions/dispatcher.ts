// Runs registered actions: checks that one is enabled, runs it with the context, stores the history entry an
// undoable action returns, reports a failure in the status bar, and redraws the timeline. Undo and redo go
// through here too: an entry is undone by its action's own `undo` when it has one, else by writing its rows back.

import type { ActionContext } from './action';
import { getAction } from './registry';
import { peekRedo, peekUndo, pushHistory, redoStep, undoStep } from '../db/history-repo';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Runs action `id` with `arg`; resolves false when it is unknown, disabled or failed. `isEnabled` is asked only
 * when no argument is given (toolbar, keys, menu: the action works on the selection); a caller passing the
 * event or article to act on (a panel button) has already chosen it.
 */
export async function runAction(ctx: ActionContext, id: string, arg?: unknown): Promise<boolean> {
  const action = getAction(id);
  if (!action) {
    ctx.notify(`Unknown command: ${id}`);
    return false;
  }
  if (arg === undefined && action.isEnabled && !action.isEnabled(ctx)) return false;
  try {
    const entry = await action.run(ctx, arg as never);
    if (entry) await pushHistory(ctx.db, entry);
    return true;
  } catch (error) {
    ctx.notify(`${action.label} failed: ${messageOf(error)}`);
    return false;
  } finally {
    ctx.services?.timeline()?.reload();
  }
}

/** Undoes the newest step; false when there is none. */
export async function undoLatest(ctx: ActionContext): Promise<boolean> {
  const entry = await peekUndo(ctx.db);
  if (!entry) return false;
  const own = getAction(entry.actionId)?.undo;
  if (own) {
    await own(ctx, entry);
    await undoStep(ctx.db, async () => {});
  } else await undoStep(ctx.db);
  ctx.notify(`Undone: ${entry.label}`);
  ctx.services?.timeline()?.reload();
  return true;
}

/** Redoes the newest undone step; false when there is none. */
export async function redoLatest(ctx: ActionContext): Promise<boolean> {
  const entry = await peekRedo(ctx.db);
  if (!entry) return false;
  const own = getAction(entry.actionId)?.redo;
  if (own) {
    await own(ctx, entry);
    await redoStep(ctx.db, async () => {});
  } else await redoStep(ctx.db);
  ctx.notify(`Redone: ${entry.label}`);
  ctx.services?.timeline()?.reload();
  return true;
}

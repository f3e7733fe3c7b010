// Gives components the action context (database, notify, services) and a `runAction(id, arg)` that goes through
// the dispatcher, so a button, a key and a menu item run the same action the same way.

import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { ActionContext } from '../actions/action';
import { runAction } from '../actions/dispatcher';

const Context = createContext<ActionContext | null>(null);

export function ActionsProvider({ value, children }: { value: ActionContext; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useActionContext(): ActionContext {
  const ctx = useContext(Context);
  if (!ctx) throw new Error('useActionContext outside ActionsProvider');
  return ctx;
}

/** A function running an action by id (fire and forget: failures go to the status line). */
export function useRunAction(): (actionId: string, arg?: unknown) => void {
  const ctx = useActionContext();
  return useCallback((actionId, arg) => void runAction(ctx, actionId, arg), [ctx]);
}

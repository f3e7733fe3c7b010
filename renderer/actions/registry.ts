// The action registry: every AppAction by id, and the key chord each one answers to. Action files register
// themselves through `registerAction`; the toolbar, menu bridge and key handler look them up here.

import type { AppAction } from './action';

const actions = new Map<string, AppAction<never>>();

export function registerAction<Arg>(action: AppAction<Arg>): AppAction<Arg> {
  if (actions.has(action.id)) throw new Error(`action registered twice: ${action.id}`);
  actions.set(action.id, action as unknown as AppAction<never>);
  return action;
}

export function getAction(id: string): AppAction<never> | undefined {
  return actions.get(id);
}

export function allActions(): AppAction<never>[] {
  return [...actions.values()];
}

/** The chord a keyboard event spells in the registry's notation ("Shift+Mod+Z"), using Cmd on macOS and Ctrl elsewhere. */
export function chordOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, isMac: boolean): string {
  const parts: string[] = [];
  if (event.shiftKey) parts.push('Shift');
  if (event.altKey) parts.push('Alt');
  if (isMac ? event.metaKey : event.ctrlKey) parts.push('Mod');
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  parts.push(key);
  return parts.join('+');
}

/** The action bound to a chord, if any. */
export function actionForChord(chord: string): AppAction<never> | undefined {
  for (const action of actions.values()) if (action.shortcut === chord) return action;
  return undefined;
}

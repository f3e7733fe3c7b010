// Runs an action from the case and view controls with the app's action context, showing its error (if any)
// in the status line. Stands in for the action dispatcher (the "edit" branch) until that is merged.

import type { AppAction } from '../actions/action';
import { openTimelineDb } from '../db/timeline-db';
import { useUiStore } from '../state/ui-store';

export async function runAction<Arg>(action: AppAction<Arg>, arg: Arg): Promise<void> {
  const notify = (message: string): void => useUiStore.getState().notify(message);
  try {
    await action.run({ db: openTimelineDb(), notify }, arg);
  } catch (error) {
    notify(`${action.label.replace(/…$/, '')} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

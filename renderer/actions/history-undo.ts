// Undo: reverts the newest change of the history (stored in the database, so it works after a reload).

import { useUiStore } from '../state/ui-store';
import { undoLatest } from './dispatcher';
import { registerAction } from './registry';

export const undoAction = registerAction({
  id: 'history.undo',
  label: 'Undo',
  shortcut: 'Mod+Z',
  toolbar: { group: 'edit', order: 10, text: '↶ Undo' },
  isEnabled: () => useUiStore.getState().undoLabel !== null,
  run: async (ctx) => {
    await undoLatest(ctx);
  },
});

// Redo: re-applies the newest undone change (a new change after an undo drops what could be redone).

import { useUiStore } from '../state/ui-store';
import { redoLatest } from './dispatcher';
import { registerAction } from './registry';

export const redoAction = registerAction({
  id: 'history.redo',
  label: 'Redo',
  shortcut: 'Shift+Mod+Z',
  toolbar: { group: 'edit', order: 20, text: '↷ Redo' },
  isEnabled: () => useUiStore.getState().redoLabel !== null,
  run: async (ctx) => {
    await redoLatest(ctx);
  },
});

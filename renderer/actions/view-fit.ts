// Fit all: shows every stored event.

import { useUiStore } from '../state/ui-store';
import { registerAction } from './registry';

export const fitAllAction = registerAction({
  id: 'view.fit',
  label: 'Fit all',
  shortcut: 'Mod+0',
  toolbar: { group: 'view', order: 30 },
  isEnabled: () => useUiStore.getState().hasEvents,
  run: async (ctx) => ctx.services?.fitAll(),
});

// Export PNG: the visible window of the timeline as an image.

import { useUiStore } from '../state/ui-store';
import { registerAction } from './registry';

export const exportPngAction = registerAction({
  id: 'export.png',
  label: 'Export PNG',
  shortcut: 'Mod+E',
  toolbar: { group: 'export', order: 10, menu: 'Export' },
  isEnabled: () => useUiStore.getState().hasEvents && !useUiStore.getState().exporting,
  run: async (ctx) => ctx.services?.exportTimeline('png'),
});

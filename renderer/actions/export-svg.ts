// Export SVG: the visible window of the timeline as a vector image.

import { useUiStore } from '../state/ui-store';
import { registerAction } from './registry';

export const exportSvgAction = registerAction({
  id: 'export.svg',
  label: 'Export SVG',
  shortcut: 'Shift+Mod+E',
  toolbar: { group: 'export', order: 20, menu: 'Export' },
  isEnabled: () => useUiStore.getState().hasEvents && !useUiStore.getState().exporting,
  run: async (ctx) => ctx.services?.exportTimeline('svg'),
});

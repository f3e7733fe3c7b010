// Zoom out on the timeline (also the − key inside the timeline).

import { registerAction } from './registry';

export const zoomOutAction = registerAction({
  id: 'view.zoomOut',
  label: 'Zoom out',
  shortcut: 'Mod+-',
  toolbar: { group: 'view', order: 10, text: '−' },
  run: (ctx) => ctx.services?.timeline()?.zoomOut(),
});

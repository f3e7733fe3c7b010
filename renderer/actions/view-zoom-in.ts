// Zoom in on the timeline (also the + key inside the timeline, handled by the timeline itself).

import { registerAction } from './registry';

export const zoomInAction = registerAction({
  id: 'view.zoomIn',
  label: 'Zoom in',
  shortcut: 'Mod+=',
  toolbar: { group: 'view', order: 20, text: '+' },
  run: (ctx) => ctx.services?.timeline()?.zoomIn(),
});

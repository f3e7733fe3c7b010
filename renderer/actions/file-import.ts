// Import…: picks article files (native dialog in Electron, a file input in the browser) and imports them.

import { registerAction } from './registry';

export const importAction = registerAction({
  id: 'file.import',
  label: 'Import…',
  shortcut: 'Mod+O',
  toolbar: { group: 'file', order: 10, primary: true },
  run: async (ctx) => ctx.services?.startImport(),
});

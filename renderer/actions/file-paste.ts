// Paste article: opens the dialog that imports pasted text as an article.

import { registerAction } from './registry';

export const pasteArticleAction = registerAction({
  id: 'file.paste',
  label: 'Paste article',
  shortcut: 'Shift+Mod+V',
  toolbar: { group: 'file', order: 20 },
  run: (ctx) => ctx.services?.openPaste(),
});

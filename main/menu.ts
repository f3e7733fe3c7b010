// The application menu as a pure function of a few facts (platform, dev mode, how to send a command),
// so it can be tested without Electron. Commands go to the renderer on MENU_COMMAND_CHANNEL, where each names one
// action of the registry (renderer/actions/menu-bridge.ts). Edit's Undo, Redo and Delete act on the analyst's history
// and selection (or, in a focused text field, on the text).
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../app/ipc/contract';

export interface MenuOptions {
  appName: string;
  /** process.platform: macOS gets the app menu and Quit lives there. */
  platform: string;
  /** Development builds add Reload and Toggle DevTools. */
  isDev: boolean;
  /** Delivers a command to the focused window's renderer. */
  sendCommand(command: MenuCommand): void;
}

function commandItem(
  label: string,
  command: MenuCommand,
  sendCommand: MenuOptions['sendCommand'],
  accelerator?: string,
): MenuItemConstructorOptions {
  return { id: command, label, ...(accelerator ? { accelerator } : {}), click: () => sendCommand(command) };
}

/**
 * An item whose key the renderer handles itself (shown, not registered): the renderer's key handler runs the
 * action, or leaves the key to a focused text field (its own undo), which a registered accelerator would steal.
 */
function rendererKeyedItem(
  label: string,
  command: MenuCommand,
  sendCommand: MenuOptions['sendCommand'],
  accelerator: string,
): MenuItemConstructorOptions {
  return { ...commandItem(label, command, sendCommand, accelerator), registerAccelerator: false };
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { sendCommand } = options;
  const isMac = options.platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about', label: `About ${options.appName}` },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: `Quit ${options.appName}` },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      commandItem('Import…', 'import', sendCommand, 'CmdOrCtrl+O'),
      commandItem('Paste article as text…', 'paste-article', sendCommand, 'CmdOrCtrl+Shift+V'),
      { type: 'separator' },
      commandItem('New case', 'new-case', sendCommand, 'CmdOrCtrl+Shift+N'),
      commandItem('Back up case…', 'backup-case', sendCommand),
      commandItem('Restore case…', 'restore-case', sendCommand),
      { type: 'separator' },
      commandItem('Export PNG…', 'export-png', sendCommand, 'CmdOrCtrl+E'),
      commandItem('Export SVG…', 'export-svg', sendCommand, 'CmdOrCtrl+Shift+E'),
      commandItem('Export PDF…', 'export-pdf', sendCommand, 'CmdOrCtrl+P'),
      commandItem('Export CSV…', 'export-csv', sendCommand),
      commandItem('Export JSON…', 'export-json', sendCommand),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      rendererKeyedItem('Undo', 'undo', sendCommand, 'CmdOrCtrl+Z'),
      rendererKeyedItem('Redo', 'redo', sendCommand, 'Shift+CmdOrCtrl+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      rendererKeyedItem('Delete', 'delete', sendCommand, 'Delete'),
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      commandItem('Zoom in', 'zoom-in', sendCommand, 'CmdOrCtrl+='),
      commandItem('Zoom out', 'zoom-out', sendCommand, 'CmdOrCtrl+-'),
      commandItem('Fit all', 'fit', sendCommand, 'CmdOrCtrl+0'),
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...devItems,
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [{ role: 'about', label: `About ${options.appName}` }],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, helpMenu];
}

// Electron main-process entry (bundled to dist/main/main.cjs): registers the privileged app://
// scheme, locks down the session, serves the built renderer, opens the one window, installs the menu
// and the validated IPC handlers. All logic lives in the injected-dependency modules beside this file.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, clipboard, ClipboardItem, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { APP_SCHEME_PRIVILEGES } from './app-origin';
import { installBundleProtocol } from './bundle-protocol';
import { nodeFileAccess } from './ipc/file-access';
import { registerIpcHandlers } from './ipc-handlers';
import { buildMenuTemplate } from './menu';
import { createMenuCommandSender } from './menu-commands';
import { installSessionSecurity } from './session-security';
import { guardWebContents } from './web-contents-guard';
import { createMainWindow } from './window';

// dist/main/main.cjs → dist/renderer/ and dist/main/preload.cjs
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const APP_NAME = 'Event Timeline';

let mainWindow: BrowserWindow | null = null;
const isDev = !app.isPackaged;

function log(message: string): void {
  if (isDev) console.warn(`[main] ${message}`);
}

const sendMenuCommand = createMenuCommandSender({
  getFocusedWindow: () => BrowserWindow.getFocusedWindow(),
  getMainWindow: () => mainWindow,
});

function openWindow(): void {
  const { window, loaded } = createMainWindow({
    BrowserWindow,
    preloadPath: PRELOAD_PATH,
    isDev,
    onRefused: (kind, url) => log(`refused ${kind} to ${url}`),
  });
  mainWindow = window;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  loaded.catch((error: unknown) => log(`failed to load the app: ${String(error)}`));
}

async function start(): Promise<void> {
  await app.whenReady();
  installSessionSecurity(session.defaultSession, { onBlockedRequest: (url) => log(`blocked request to ${url}`) });
  installBundleProtocol(protocol, { rootDir: RENDERER_DIR, readFile: (filePath) => fs.readFile(filePath) });
  registerIpcHandlers(ipcMain, {
    getMainWindow: () => mainWindow,
    dialog,
    files: nodeFileAccess,
    exportDirectory: app.getPath('documents'),
    createPrintWindow: (options) => new BrowserWindow(options),
    clipboard: {
      writePng: (png) => clipboard.write([new ClipboardItem({ 'image/png': new Blob([png as BlobPart], { type: 'image/png' }) })]),
    },
    onRejected: (channel, reason) => log(`rejected IPC on ${channel}: ${reason}`),
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ appName: APP_NAME, platform: process.platform, isDev, sendCommand: (command) => void sendMenuCommand(command) }),
    ),
  );
  app.setAboutPanelOptions({
    applicationName: APP_NAME,
    applicationVersion: app.getVersion(),
    credits: 'Offline event timelines from news articles.',
  });
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setName(APP_NAME);
  // Must happen before `ready`: app:// is standard and secure, so 'self' in the CSP means app://bundle.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.enableSandbox();
  // Every WebContents (including any the window might try to spawn) gets the same guard.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openWindow();
  });
  start().catch((error: unknown) => {
    console.error('Event Timeline failed to start:', error);
    app.exit(1);
  });
}

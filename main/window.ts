// The one window factory: a sandboxed, context-isolated BrowserWindow with the preload bridge, guarded
// against navigation, pop-ups and <webview>, showing the renderer from app://bundle/index.html.
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_START_URL } from './app-origin';
import { guardWebContents, type GuardedWebContentsLike, type GuardOptions } from './web-contents-guard';

export interface MainWindowLike {
  webContents: GuardedWebContentsLike;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
}

export interface MainWindowDeps<W extends MainWindowLike> {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => W;
  /** Absolute path of the bundled preload (dist/main/preload.cjs). */
  preloadPath: string;
  /** Development builds keep DevTools available. */
  isDev: boolean;
  /** Optional window icon (Linux/Windows). */
  iconPath?: string;
  onRefused?: GuardOptions['onRefused'];
}

export function mainWindowOptions(
  deps: Pick<MainWindowDeps<MainWindowLike>, 'preloadPath' | 'isDev' | 'iconPath'>,
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    title: 'Event Timeline',
    show: false,
    backgroundColor: '#ffffff',
    ...(deps.iconPath ? { icon: deps.iconPath } : {}),
    webPreferences: {
      preload: deps.preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: deps.isDev,
    },
  };
}

/** Creates the main window, guards its WebContents and starts loading the app. */
export function createMainWindow<W extends MainWindowLike>(deps: MainWindowDeps<W>): { window: W; loaded: Promise<void> } {
  const window = new deps.BrowserWindow(mainWindowOptions(deps));
  guardWebContents(window.webContents, { onRefused: deps.onRefused });
  window.once('ready-to-show', () => window.show());
  const loaded = window.loadURL(APP_START_URL);
  return { window, loaded };
}

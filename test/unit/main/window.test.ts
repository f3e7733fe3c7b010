// The main window factory: hardened webPreferences, preload path, guard installed, loads app://bundle.
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMainWindow, mainWindowOptions } from '../../../main/window';
import { FakeWebContents } from './fakes/fake-web-contents';

class FakeBrowserWindow {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  readonly onceListeners = new Map<string, () => void>();
  shown = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeBrowserWindow.created.push(this);
  }
  once(event: string, listener: () => void): this {
    this.onceListeners.set(event, listener);
    return this;
  }
  show(): void {
    this.shown = true;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
}

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the renderer and disables Node in it', () => {
    const prefs = mainWindowOptions({ preloadPath: '/app/dist/main/preload.cjs', isDev: false }).webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/dist/main/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('keeps DevTools only in development', () => {
    expect(mainWindowOptions({ preloadPath: '/p.cjs', isDev: true }).webPreferences?.devTools).toBe(true);
  });
});

describe('createMainWindow', () => {
  it('creates the window hidden, guards it, loads the app URL and shows it when ready', async () => {
    const refused: string[] = [];
    const { window, loaded } = createMainWindow({
      BrowserWindow: FakeBrowserWindow,
      preloadPath: '/app/dist/main/preload.cjs',
      isDev: false,
      onRefused: (kind, url) => refused.push(`${kind} ${url}`),
    });
    await loaded;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences?.sandbox).toBe(true);
    expect(window.loadedUrls).toEqual(['app://bundle/index.html']);
    expect(window.shown).toBe(false);
    window.onceListeners.get('ready-to-show')?.();
    expect(window.shown).toBe(true);
    expect(window.webContents.fire('will-navigate', 'https://evil.example/').defaultPrevented).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(refused).toContain('navigate https://evil.example/');
  });
});

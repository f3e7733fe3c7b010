// A fake `electron` module for running the bundled main entry under Node: records what main does
// (calls, privileged schemes, protocol/IPC handlers, windows, menu) and lets the test fire `ready`.
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { FakeWebContents } from './fake-web-contents';

type Handler = (...args: never[]) => unknown;

export interface FakeSessionHandlers {
  permissionRequest?: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
  permissionCheck?: (webContents: unknown, permission: string) => boolean;
  beforeRequest?: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
  headersReceived?: (
    details: { url: string; responseHeaders?: Record<string, string[]> },
    callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
  ) => void;
}

export class FakeWindow {
  readonly webContents = Object.assign(new FakeWebContents(), { send: (...args: unknown[]) => void this.sent.push(args) });
  readonly sent: unknown[][] = [];
  readonly loadedUrls: string[] = [];
  constructor(readonly options: BrowserWindowConstructorOptions) {}
  once(): this {
    return this;
  }
  on(): this {
    return this;
  }
  show(): void {}
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
}

export function createFakeElectron() {
  const calls: string[] = [];
  const appListeners = new Map<string, Handler[]>();
  const windows: FakeWindow[] = [];
  const privilegedSchemes: unknown[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const ipcHandlers = new Map<string, Handler>();
  const session: FakeSessionHandlers = {};
  let menuTemplate: MenuItemConstructorOptions[] = [];
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const record = (name: string) => calls.push(name);

  class BrowserWindow extends FakeWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      super(options);
      record('BrowserWindow');
      windows.push(this);
    }
    static getFocusedWindow(): FakeWindow | null {
      return windows[0] ?? null;
    }
  }

  const module = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      quit: () => record('app.quit'),
      exit: () => record('app.exit'),
      setName: () => record('app.setName'),
      enableSandbox: () => record('app.enableSandbox'),
      whenReady: () => ready,
      isReady: () => true,
      getPath: (name: string) => `/home/analyst/${name}`,
      getVersion: () => '0.1.0',
      setAboutPanelOptions: () => record('app.setAboutPanelOptions'),
      on: (event: string, listener: Handler) => {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      },
    },
    BrowserWindow,
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) },
    ipcMain: { handle: (channel: string, listener: Handler) => ipcHandlers.set(channel, listener) },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => ((menuTemplate = template), { template }),
      setApplicationMenu: () => record('Menu.setApplicationMenu'),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => (
        record('protocol.registerSchemesAsPrivileged'),
        privilegedSchemes.push(...schemes)
      ),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => (
        record('protocol.handle'),
        protocolHandlers.set(scheme, handler)
      ),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: FakeSessionHandlers['permissionRequest']) => (session.permissionRequest = handler),
        setPermissionCheckHandler: (handler: FakeSessionHandlers['permissionCheck']) => (session.permissionCheck = handler),
        webRequest: {
          onBeforeRequest: (handler: FakeSessionHandlers['beforeRequest']) => (session.beforeRequest = handler),
          onHeadersReceived: (handler: FakeSessionHandlers['headersReceived']) => (session.headersReceived = handler),
        },
      },
    },
  };

  return {
    module,
    calls,
    windows,
    privilegedSchemes,
    protocolHandlers,
    ipcHandlers,
    session,
    get menuTemplate() {
      return menuTemplate;
    },
    becomeReady: () => resolveReady(),
    /** Resolves once main's start-up continuation after `whenReady` has run. */
    settled: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    emitWebContentsCreated(): FakeWebContents {
      const contents = new FakeWebContents();
      for (const listener of appListeners.get('web-contents-created') ?? [])
        (listener as (event: unknown, contents: FakeWebContents) => void)({}, contents);
      return contents;
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

// The preload with a fake `electron` module: exposes exactly the DesktopBridge functions as
// `window.desktop`, forwards to the contract channels, and never lets ipcRenderer escape.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MENU_COMMAND_CHANNEL, type DesktopBridge, type MenuCommand } from '../../../app/ipc/contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  const invocations: { channel: string; args: unknown[] }[] = [];
  const ipcRenderer = {
    invoke: async (channel: string, ...args: unknown[]) => {
      invocations.push({ channel, args });
      return { channel };
    },
    on: (channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
      return ipcRenderer;
    },
    removeListener: (channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
    send: () => {
      throw new Error('send must not be used');
    },
    sendSync: () => {
      throw new Error('sendSync must not be used');
    },
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, ...args);
  };
  return { exposed, listeners, invocations, ipcRenderer, emit };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: fake.ipcRenderer,
}));

let desktop: DesktopBridge;

beforeAll(async () => {
  await import('../../../main/preload');
  desktop = fake.exposed.get('desktop') as DesktopBridge;
});

/** Walks every value reachable from `root` (own properties, including non-enumerable ones). */
function reachable(root: unknown): unknown[] {
  const seen = new Set<unknown>();
  const visit = (value: unknown) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value as object)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) visit(descriptor.value);
    }
  };
  visit(root);
  return [...seen];
}

describe('preload', () => {
  it('exposes exactly one global, `desktop`, with exactly the contract functions', () => {
    expect([...fake.exposed.keys()]).toEqual(['desktop']);
    expect(Reflect.ownKeys(desktop).sort()).toEqual([
      'copyImage',
      'onMenuCommand',
      'openArticles',
      'openBackup',
      'printPdf',
      'saveBackup',
      'saveExport',
    ]);
    for (const value of Object.values(desktop)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(desktop)).toBe(true);
  });

  it('lets neither ipcRenderer nor its send/invoke escape through the bridge', () => {
    const values = reachable(desktop);
    expect(values).not.toContain(fake.ipcRenderer);
    expect(values).not.toContain(fake.ipcRenderer.invoke);
    expect(values).not.toContain(fake.ipcRenderer.send);
    expect(values).not.toContain(fake.ipcRenderer.on);
    for (const name of ['ipcRenderer', 'send', 'invoke', 'sendSync', 'on']) expect(name in desktop).toBe(false);
  });

  it('openArticles invokes the open-dialog channel with no arguments', async () => {
    fake.invocations.length = 0;
    await expect(desktop.openArticles()).resolves.toEqual({ channel: IPC_CHANNELS.openArticles });
    expect(fake.invocations).toEqual([{ channel: IPC_CHANNELS.openArticles, args: [] }]);
  });

  it('saveBackup forwards only the name and bytes, openBackup invokes its channel with no arguments', async () => {
    fake.invocations.length = 0;
    const bytes = new Uint8Array([1, 2, 3]);
    await desktop.saveBackup({ suggestedName: 'Case – backup', bytes, extra: 1 } as Parameters<typeof desktop.saveBackup>[0]);
    await desktop.openBackup();
    expect(fake.invocations).toEqual([
      { channel: IPC_CHANNELS.saveBackup, args: [{ suggestedName: 'Case – backup', bytes }] },
      { channel: IPC_CHANNELS.openBackup, args: [] },
    ]);
  });

  it('saveExport forwards only the three request fields to the save channel', async () => {
    fake.invocations.length = 0;
    const bytes = new Uint8Array([1, 2, 3]);
    const request = { format: 'svg' as const, suggestedName: 'timeline.svg', bytes, sneaky: 'x' };
    await desktop.saveExport(request);
    expect(fake.invocations).toEqual([
      { channel: IPC_CHANNELS.saveExport, args: [{ format: 'svg', suggestedName: 'timeline.svg', bytes }] },
    ]);
  });

  it('onMenuCommand delivers valid commands only, and its unsubscribe stops delivery', () => {
    const received: MenuCommand[] = [];
    const unsubscribe = desktop.onMenuCommand((command) => received.push(command));
    fake.emit(MENU_COMMAND_CHANNEL, 'import');
    fake.emit(MENU_COMMAND_CHANNEL, 'rm -rf /');
    fake.emit(MENU_COMMAND_CHANNEL, 42);
    fake.emit(MENU_COMMAND_CHANNEL, 'fit');
    fake.emit('some:other-channel', 'zoom-in');
    expect(received).toEqual(['import', 'fit']);
    expect(typeof unsubscribe).toBe('function');
    unsubscribe();
    fake.emit(MENU_COMMAND_CHANNEL, 'zoom-out');
    expect(received).toEqual(['import', 'fit']);
    expect(fake.listeners.get(MENU_COMMAND_CHANNEL)?.size ?? 0).toBe(0);
  });

  it('the menu listener never receives the IPC event object', () => {
    const calls: unknown[][] = [];
    const unsubscribe = desktop.onMenuCommand((...args: unknown[]) => calls.push(args));
    fake.emit(MENU_COMMAND_CHANNEL, 'zoom-in');
    unsubscribe();
    expect(calls).toEqual([['zoom-in']]);
  });
});

// The export channels of main with fake Electron objects: "Export PDF…" prints the SVG in a hidden sandboxed
// window with JavaScript off (webContents.printToPDF at the drawing's size), destroys it, and saves through
// the save dialog with the PDF filter; "Copy image" writes a PNG to the clipboard; both validate sender and
// arguments first. The preload forwards only the contract fields.
import type { BrowserWindowConstructorOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../../app/ipc/contract';
import { createDesktopBridge } from '../../../main/desktop-bridge';
import type { DialogLike, FileAccess } from '../../../main/ipc/file-access';
import { printPageHtml, type PrintWindowLike } from '../../../main/ipc/print-pdf';
import { registerIpcHandlers } from '../../../main/ipc-handlers';

interface FakeFrame {
  url: string;
  parent: null;
  frameTreeNodeId: number;
}
interface FakeEvent {
  sender: unknown;
  senderFrame: FakeFrame | null;
}
interface FakeWindow {
  webContents: { mainFrame: FakeFrame };
}

const SVG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><text>Wang Yi meets Vladimir Putin</text></svg>';
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function setup(options: { printFails?: boolean; canceled?: boolean } = {}) {
  const mainFrame: FakeFrame = { url: 'app://bundle/index.html', parent: null, frameTreeNodeId: 1 };
  const window: FakeWindow = { webContents: { mainFrame } };
  const handlers = new Map<string, (event: FakeEvent, ...args: unknown[]) => Promise<unknown>>();
  const saveDialogs: SaveDialogOptions[] = [];
  const written = new Map<string, Uint8Array>();
  interface PrintRecord {
    options: BrowserWindowConstructorOptions;
    urls: string[];
    printOptions: Electron.PrintToPDFOptions[];
    destroyed: boolean;
  }
  const printWindows: PrintRecord[] = [];
  const clipboardWrites: Uint8Array[] = [];
  const dialog: DialogLike<FakeWindow> = {
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async (_w, o) => (
      saveDialogs.push(o),
      options.canceled ? { canceled: true } : { canceled: false, filePath: '/home/analyst/timeline' }
    ),
  };
  const files: FileAccess = {
    stat: async () => ({ size: 0, isFile: () => true }),
    readFile: async () => new Uint8Array(),
    writeFile: async (filePath, bytes) => void written.set(filePath, bytes),
  };
  const createPrintWindow = (windowOptions: BrowserWindowConstructorOptions): PrintWindowLike => {
    const record = { options: windowOptions, urls: [] as string[], printOptions: [] as Electron.PrintToPDFOptions[], destroyed: false };
    printWindows.push(record);
    return {
      loadURL: async (url) => void record.urls.push(url),
      webContents: {
        printToPDF: async (o) => {
          record.printOptions.push(o);
          if (options.printFails) throw new Error('printing failed');
          return Buffer.from(PDF);
        },
      },
      destroy: () => void (record.destroyed = true),
    };
  };
  registerIpcHandlers<FakeWindow, FakeEvent>(
    { handle: (channel, listener) => handlers.set(channel, listener) },
    {
      getMainWindow: () => window,
      dialog,
      files,
      exportDirectory: '/home/analyst/Documents',
      createPrintWindow,
      clipboard: { writePng: async (png) => void clipboardWrites.push(png) },
    },
  );
  const trusted: FakeEvent = { sender: window.webContents, senderFrame: mainFrame };
  const call = (channel: string, event: FakeEvent, ...args: unknown[]) => handlers.get(channel)!(event, ...args);
  return { window, trusted, call, saveDialogs, written, printWindows, clipboardWrites };
}

const request = { svg: SVG, suggestedName: 'timeline-2023-09-01-to-2023-11-30.pdf', width: 1200, height: 600 };

describe('printPdf', () => {
  it('prints the SVG in a hidden, sandboxed window without JavaScript, at its size, then saves it as PDF', async () => {
    const s = setup();
    await expect(s.call(IPC_CHANNELS.printPdf, s.trusted, request)).resolves.toEqual({
      saved: true,
      filePath: '/home/analyst/timeline.pdf',
    });
    const [printed] = s.printWindows;
    expect(printed!.options.show).toBe(false);
    const locked = { sandbox: true, javascript: false, nodeIntegration: false, contextIsolation: true };
    expect(printed!.options.webPreferences).toMatchObject(locked);
    expect(printed!.options.webPreferences?.preload).toBeUndefined();
    const url = printed!.urls[0]!;
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    const html = Buffer.from(url.split(',')[1]!, 'base64').toString('utf8');
    expect(html).toContain('@page { size: 1200px 600px; margin: 0 }');
    expect(html).toContain(
      '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><text>Wang Yi meets Vladimir Putin</text></svg>',
    );
    expect(html).not.toContain('<?xml');
    expect(printed!.printOptions[0]).toMatchObject({ printBackground: true, pageSize: { width: 12.5, height: 6.25 } });
    expect(printed!.destroyed).toBe(true);
    expect(s.saveDialogs[0]!.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(s.saveDialogs[0]!.defaultPath).toBe('/home/analyst/Documents/timeline-2023-09-01-to-2023-11-30.pdf');
    expect([...s.written.values()][0]).toEqual(PDF);
  });

  it('destroys the print window when printing fails, and writes nothing', async () => {
    const s = setup({ printFails: true });
    await expect(s.call(IPC_CHANNELS.printPdf, s.trusted, request)).rejects.toThrow(/printing failed/);
    expect(s.printWindows[0]!.destroyed).toBe(true);
    expect(s.written.size).toBe(0);
  });

  it.each([
    ['HTML instead of SVG', { ...request, svg: '<html><script>alert(1)</script></html>' }],
    ['a path as the name', { ...request, suggestedName: '../x.pdf' }],
    ['a zero width', { ...request, width: 0 }],
    ['a huge height', { ...request, height: 1e9 }],
    ['a string size', { ...request, width: '1200' }],
    ['null', null],
  ])('rejects %s before opening any window', async (_label, bad) => {
    const s = setup();
    await expect(s.call(IPC_CHANNELS.printPdf, s.trusted, bad)).rejects.toThrow(/rejected/);
    expect(s.printWindows).toHaveLength(0);
    expect(s.saveDialogs).toHaveLength(0);
  });

  it('rejects a call from another frame', async () => {
    const s = setup();
    await expect(s.call(IPC_CHANNELS.printPdf, { sender: {}, senderFrame: null }, request)).rejects.toThrow(/rejected/);
    expect(s.printWindows).toHaveLength(0);
  });

  it('lays the page out with the SVG alone', () => {
    expect(printPageHtml({ svg: '<svg/>', width: 10, height: 20 })).toMatch(/<body><svg\/><\/body>/);
  });
});

describe('copyImage', () => {
  it('writes the PNG to the clipboard', async () => {
    const s = setup();
    await expect(s.call(IPC_CHANNELS.copyImage, s.trusted, { png: PNG })).resolves.toEqual({ copied: true });
    expect(s.clipboardWrites).toEqual([PNG]);
  });

  it.each([
    ['bytes that are not a PNG', { png: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]) }],
    ['a plain array', { png: [...PNG] }],
    ['nothing', undefined],
  ])('rejects %s', async (_label, bad) => {
    const s = setup();
    await expect(s.call(IPC_CHANNELS.copyImage, s.trusted, bad)).rejects.toThrow(/rejected/);
    expect(s.clipboardWrites).toHaveLength(0);
  });
});

describe('the preload bridge', () => {
  it('forwards only the contract fields of printPdf and copyImage', async () => {
    const invocations: unknown[][] = [];
    const invoke = (...args: unknown[]) => Promise.resolve(void invocations.push(args));
    const bridge = createDesktopBridge({ invoke, on: () => undefined, removeListener: () => undefined });
    await bridge.printPdf({ ...request, extra: 'x' } as typeof request);
    await bridge.copyImage({ png: PNG, extra: 1 } as { png: Uint8Array });
    expect(invocations).toEqual([
      [IPC_CHANNELS.printPdf, request],
      [IPC_CHANNELS.copyImage, { png: PNG }],
    ]);
  });
});

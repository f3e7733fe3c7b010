// IPC handlers: sender validation, argument validation, and the real work through faked dialog/fs.
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  IPC_CHANNELS,
  MAX_BACKUP_BYTES,
  MAX_IMPORT_BYTES,
  type OpenArticlesResult,
  type OpenBackupResult,
  type SaveExportResult,
} from '../../../app/ipc/contract';
import type { DialogLike, FileAccess } from '../../../main/ipc/file-access';
import { registerIpcHandlers } from '../../../main/ipc-handlers';

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  frameTreeNodeId: number;
  detached?: boolean;
}
interface FakeEvent {
  sender: unknown;
  senderFrame: FakeFrame | null;
}
interface FakeWindow {
  webContents: { mainFrame: FakeFrame };
}

function setup(
  options: {
    openPaths?: string[];
    savePath?: string;
    canceled?: boolean;
    diskFiles?: Record<string, Uint8Array | 'EACCES' | 'DIR'>;
    sizes?: Record<string, number>;
  } = {},
) {
  const mainFrame: FakeFrame = { url: 'app://bundle/index.html', parent: null, frameTreeNodeId: 1 };
  const window: FakeWindow = { webContents: { mainFrame } };
  const handlers = new Map<string, (event: FakeEvent, ...args: unknown[]) => Promise<unknown>>();
  const dialogCalls: { kind: 'open' | 'save'; window: FakeWindow; options: OpenDialogOptions | SaveDialogOptions }[] = [];
  const written = new Map<string, Uint8Array>();
  const rejected: string[] = [];
  const disk = options.diskFiles ?? {};

  const dialog: DialogLike<FakeWindow> = {
    showOpenDialog: async (w, o) => {
      dialogCalls.push({ kind: 'open', window: w, options: o });
      return { canceled: options.canceled ?? false, filePaths: options.canceled ? [] : (options.openPaths ?? []) };
    },
    showSaveDialog: async (w, o) => {
      dialogCalls.push({ kind: 'save', window: w, options: o });
      return options.canceled ? { canceled: true } : { canceled: false, filePath: options.savePath };
    },
  };
  const files: FileAccess = {
    stat: async (filePath) => {
      const entry = disk[filePath];
      if (entry === undefined) throw new Error(`ENOENT: no such file or directory, stat '${filePath}'`);
      if (entry === 'EACCES') throw new Error(`EACCES: permission denied, open '${filePath}'`);
      const size = options.sizes?.[filePath] ?? (entry === 'DIR' ? 4096 : entry.byteLength);
      return { size, isFile: () => entry !== 'DIR' };
    },
    readFile: async (filePath) => {
      const entry = disk[filePath];
      if (!(entry instanceof Uint8Array)) throw new Error(`cannot read ${filePath}`);
      return entry;
    },
    writeFile: async (filePath, bytes) => {
      written.set(filePath, bytes);
    },
  };
  registerIpcHandlers<FakeWindow, FakeEvent>(
    { handle: (channel, listener) => handlers.set(channel, listener) },
    {
      getMainWindow: () => window,
      dialog,
      files,
      exportDirectory: '/home/analyst/Documents',
      onRejected: (channel, reason) => rejected.push(`${channel}: ${reason}`),
    },
  );
  const trustedEvent: FakeEvent = { sender: window.webContents, senderFrame: mainFrame };
  const call = (channel: string, event: FakeEvent, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  };
  return { window, mainFrame, handlers, dialogCalls, written, rejected, trustedEvent, call };
}

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const goodRequest = { format: 'png', suggestedName: 'timeline-2023-09', bytes: png };

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  describe('sender validation', () => {
    type Setup = ReturnType<typeof setup>;
    it.each<[string, (s: Setup) => FakeEvent]>([
      [
        'a foreign origin in our main frame',
        (s) => ({ sender: s.window.webContents, senderFrame: { ...s.mainFrame, url: 'https://evil.example/' } }),
      ],
      [
        'our URL but a sub-frame',
        (s) => ({ sender: s.window.webContents, senderFrame: { url: 'app://bundle/index.html', parent: s.mainFrame, frameTreeNodeId: 7 } }),
      ],
      [
        'a parentless frame that is not our main frame',
        (s) => ({ sender: s.window.webContents, senderFrame: { url: 'app://bundle/index.html', parent: null, frameTreeNodeId: 9 } }),
      ],
      ['a detached frame', (s) => ({ sender: s.window.webContents, senderFrame: { ...s.mainFrame, detached: true } })],
      ['another WebContents', (s) => ({ sender: {}, senderFrame: s.mainFrame })],
      ['a destroyed frame', (s) => ({ sender: s.window.webContents, senderFrame: null })],
    ])('rejects %s before showing any dialog or writing', async (_label, makeEvent) => {
      const s = setup({ savePath: '/tmp/out.png', openPaths: ['/a.txt'], diskFiles: { '/a.txt': new Uint8Array([1]) } });
      await expect(s.call(IPC_CHANNELS.saveExport, makeEvent(s), goodRequest)).rejects.toThrow(/rejected/);
      await expect(s.call(IPC_CHANNELS.openArticles, makeEvent(s))).rejects.toThrow(/rejected/);
      expect(s.dialogCalls).toEqual([]);
      expect(s.written.size).toBe(0);
      expect(s.rejected).toHaveLength(2);
    });

    it('accepts a distinct wrapper object for our main frame (same node id, no parent)', async () => {
      const s = setup({ savePath: '/tmp/out.png' });
      const event = { sender: s.window.webContents, senderFrame: { url: 'app://bundle/index.html', parent: null, frameTreeNodeId: 1 } };
      await expect(s.call(IPC_CHANNELS.saveExport, event, goodRequest)).resolves.toEqual({ saved: true, filePath: '/tmp/out.png' });
    });

    it('rejects a foreign origin even when it is loaded in our main frame object', async () => {
      const s = setup({ savePath: '/tmp/out.png' });
      s.mainFrame.url = 'file:///tmp/evil.html';
      await expect(s.call(IPC_CHANNELS.saveExport, s.trustedEvent, goodRequest)).rejects.toThrow(/origin/);
      expect(s.written.size).toBe(0);
    });
  });

  describe('saveExport', () => {
    it.each([
      ['no argument', []],
      ['two arguments', [goodRequest, goodRequest]],
      ['a bad format', [{ ...goodRequest, format: 'exe' }]],
      ['a path instead of a name', [{ ...goodRequest, suggestedName: '../../.bashrc' }]],
      ['bytes as a plain array', [{ ...goodRequest, bytes: [1, 2, 3] }]],
      ['empty bytes', [{ ...goodRequest, bytes: new Uint8Array() }]],
      ['null', [null]],
    ])('rejects %s without showing a dialog', async (_label, args) => {
      const s = setup({ savePath: '/tmp/out.png' });
      await expect(s.call(IPC_CHANNELS.saveExport, s.trustedEvent, ...args)).rejects.toThrow(/rejected/);
      expect(s.dialogCalls).toEqual([]);
      expect(s.written.size).toBe(0);
    });

    it('shows the save dialog with the suggested name and format filter, then writes the bytes', async () => {
      const s = setup({ savePath: '/home/analyst/exports/putin-visit.png' });
      const result = (await s.call(IPC_CHANNELS.saveExport, s.trustedEvent, goodRequest)) as SaveExportResult;
      expect(result).toEqual({ saved: true, filePath: '/home/analyst/exports/putin-visit.png' });
      expect(s.dialogCalls).toHaveLength(1);
      expect(s.dialogCalls[0]!.window).toBe(s.window);
      const options = s.dialogCalls[0]!.options as SaveDialogOptions;
      expect(options.defaultPath).toBe('/home/analyst/Documents/timeline-2023-09.png');
      expect(options.filters).toEqual([{ name: 'PNG image', extensions: ['png'] }]);
      expect([...s.written.entries()]).toEqual([['/home/analyst/exports/putin-visit.png', png]]);
    });

    it('adds the extension when the chosen path lacks it (SVG)', async () => {
      const s = setup({ savePath: '/tmp/chart' });
      const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
      const result = (await s.call(IPC_CHANNELS.saveExport, s.trustedEvent, {
        format: 'svg',
        suggestedName: 'chart.svg',
        bytes: svg,
      })) as SaveExportResult;
      expect(result).toEqual({ saved: true, filePath: '/tmp/chart.svg' });
      expect((s.dialogCalls[0]!.options as SaveDialogOptions).filters).toEqual([{ name: 'SVG image', extensions: ['svg'] }]);
      expect(s.written.get('/tmp/chart.svg')).toEqual(svg);
    });

    it('writes nothing when the user cancels', async () => {
      const s = setup({ canceled: true });
      expect(await s.call(IPC_CHANNELS.saveExport, s.trustedEvent, goodRequest)).toEqual({ saved: false });
      expect(s.written.size).toBe(0);
    });
  });

  describe('openArticles', () => {
    it('rejects arguments (it takes none)', async () => {
      const s = setup();
      await expect(s.call(IPC_CHANNELS.openArticles, s.trustedEvent, '/etc/passwd')).rejects.toThrow(/no arguments/);
      expect(s.dialogCalls).toEqual([]);
    });

    it('offers the article file types and reads every picked file, reporting the ones it cannot read', async () => {
      const text = new TextEncoder().encode('Wang Yi met Vladimir Putin in Saint Petersburg on Thursday.');
      const s = setup({
        openPaths: ['/news/wang-yi.txt', '/news/huge.pdf', '/news/locked.eml', '/news/folder', '/news/gone.html'],
        diskFiles: {
          '/news/wang-yi.txt': text,
          '/news/huge.pdf': new Uint8Array([1]),
          '/news/locked.eml': 'EACCES',
          '/news/folder': 'DIR',
        },
        sizes: { '/news/huge.pdf': MAX_IMPORT_BYTES + 1 },
      });
      const result = (await s.call(IPC_CHANNELS.openArticles, s.trustedEvent)) as OpenArticlesResult;
      const options = s.dialogCalls[0]!.options as OpenDialogOptions;
      expect(options.properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
      const extensions = new Set(options.filters?.flatMap((f) => f.extensions));
      for (const ext of ['txt', 'md', 'html', 'htm', 'pdf', 'docx', 'eml', 'rtf', 'json', 'csv', '*'])
        expect(extensions.has(ext)).toBe(true);
      expect(result.files).toEqual([{ fileName: 'wang-yi.txt', bytes: text }]);
      expect(result.files[0]!.bytes).not.toBe(text); // an exactly-sized copy, not the fs buffer
      expect(result.errors.map((e) => e.fileName)).toEqual(['huge.pdf', 'locked.eml', 'folder', 'gone.html']);
      expect(result.errors[0]!.error).toMatch(/50 MB/);
      expect(result.errors[1]!.error).toMatch(/EACCES/);
      expect(result.errors[2]!.error).toMatch(/not a regular file/);
      expect(result.errors[3]!.error).toMatch(/ENOENT/);
    });

    it('returns nothing when the user cancels', async () => {
      const s = setup({ canceled: true });
      expect(await s.call(IPC_CHANNELS.openArticles, s.trustedEvent)).toEqual({ files: [], errors: [] });
    });
  });

  describe('case backups', () => {
    const backup = new TextEncoder().encode('{"format":"event-timeline-case-backup","version":1}\n{}');
    const goodBackup = { suggestedName: 'Ukraine 2022 – backup 2026-01-02', bytes: backup };

    it.each([
      ['no argument', []],
      ['a path instead of a name', [{ ...goodBackup, suggestedName: '../../.profile' }]],
      ['bytes as a string', [{ ...goodBackup, bytes: 'abc' }]],
      ['empty bytes', [{ ...goodBackup, bytes: new Uint8Array() }]],
    ])('saveBackup rejects %s without showing a dialog', async (_label, args) => {
      const s = setup({ savePath: '/tmp/case.etcase' });
      await expect(s.call(IPC_CHANNELS.saveBackup, s.trustedEvent, ...args)).rejects.toThrow(/rejected/);
      expect(s.dialogCalls).toEqual([]);
      expect(s.written.size).toBe(0);
    });

    it('saveBackup rejects an untrusted sender', async () => {
      const s = setup({ savePath: '/tmp/case.etcase' });
      const foreign = { sender: s.window.webContents, senderFrame: { ...s.mainFrame, url: 'https://evil.example/' } };
      await expect(s.call(IPC_CHANNELS.saveBackup, foreign, goodBackup)).rejects.toThrow(/rejected/);
      await expect(s.call(IPC_CHANNELS.openBackup, foreign)).rejects.toThrow(/rejected/);
      expect(s.dialogCalls).toEqual([]);
    });

    it('saveBackup shows the save dialog with the backup filter and writes the file with its extension', async () => {
      const s = setup({ savePath: '/home/analyst/backups/ukraine' });
      const result = (await s.call(IPC_CHANNELS.saveBackup, s.trustedEvent, goodBackup)) as SaveExportResult;
      expect(result).toEqual({ saved: true, filePath: '/home/analyst/backups/ukraine.etcase' });
      const options = s.dialogCalls[0]!.options as SaveDialogOptions;
      expect(options.defaultPath).toBe('/home/analyst/Documents/Ukraine 2022 – backup 2026-01-02.etcase');
      expect(options.filters).toEqual([{ name: 'Event Timeline case backup', extensions: ['etcase'] }]);
      expect(s.written.get('/home/analyst/backups/ukraine.etcase')).toEqual(backup);
    });

    it('openBackup takes no arguments, reads the one picked file, and reports unreadable or oversized files', async () => {
      const s = setup({ openPaths: ['/b/case.etcase'], diskFiles: { '/b/case.etcase': backup } });
      await expect(s.call(IPC_CHANNELS.openBackup, s.trustedEvent, '/etc/passwd')).rejects.toThrow(/no arguments/);
      const result = (await s.call(IPC_CHANNELS.openBackup, s.trustedEvent)) as OpenBackupResult;
      expect(result).toEqual({ canceled: false, fileName: 'case.etcase', bytes: backup });
      expect((s.dialogCalls[0]!.options as OpenDialogOptions).properties).toEqual(['openFile']);

      const big = setup({
        openPaths: ['/b/big.etcase'],
        diskFiles: { '/b/big.etcase': backup },
        sizes: { '/b/big.etcase': MAX_BACKUP_BYTES + 1 },
      });
      expect(await big.call(IPC_CHANNELS.openBackup, big.trustedEvent)).toEqual({
        canceled: false,
        fileName: 'big.etcase',
        error: 'file is larger than the 1 GB backup limit',
      });
      const locked = setup({ openPaths: ['/b/locked.etcase'], diskFiles: { '/b/locked.etcase': 'EACCES' } });
      const lockedResult = (await locked.call(IPC_CHANNELS.openBackup, locked.trustedEvent)) as { error?: string };
      expect(lockedResult.error).toMatch(/EACCES/);
      const cancelled = setup({ canceled: true });
      expect(await cancelled.call(IPC_CHANNELS.openBackup, cancelled.trustedEvent)).toEqual({ canceled: true });
    });
  });
});

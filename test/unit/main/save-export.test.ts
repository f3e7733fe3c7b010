// The export save flow with a fake Electron dialog and an in-memory disk: the dialog gets the extension
// and the format filter up front, and a file the dialog did not ask about is never overwritten silently.
import type { MessageBoxOptions, SaveDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { SaveExportRequest } from '../../../app/ipc/contract';
import type { DialogLike, FileAccess } from '../../../main/ipc/file-access';
import { saveExport } from '../../../main/ipc/save-export';

interface FakeWindow {
  id: number;
}

function fakes(options: { answers: (string | null)[]; disk?: string[]; replace?: boolean; noMessageBox?: boolean }) {
  const disk = new Map<string, Uint8Array>((options.disk ?? []).map((filePath) => [filePath, new Uint8Array([1])]));
  const saveCalls: SaveDialogOptions[] = [];
  const questions: MessageBoxOptions[] = [];
  const answers = [...options.answers];
  const dialog: DialogLike<FakeWindow> = {
    showOpenDialog: () => Promise.reject(new Error('not used')),
    showSaveDialog: async (_window, dialogOptions) => {
      saveCalls.push(dialogOptions);
      const answer = answers.shift() ?? null;
      return answer === null ? { canceled: true } : { canceled: false, filePath: answer };
    },
  };
  if (!options.noMessageBox) {
    dialog.showMessageBox = async (_window, question) => {
      questions.push(question);
      return { response: options.replace ? 0 : 1 };
    };
  }
  const files: FileAccess = {
    stat: async (filePath) => {
      if (!disk.has(filePath)) throw new Error(`ENOENT: ${filePath}`);
      return { size: 1, isFile: () => true };
    },
    readFile: async (filePath) => disk.get(filePath) ?? Promise.reject(new Error('ENOENT')),
    writeFile: async (filePath, bytes) => {
      disk.set(filePath, bytes);
    },
  };
  return { dialog, files, disk, saveCalls, questions };
}

const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
const request: SaveExportRequest = { format: 'svg', suggestedName: 'timeline', bytes: svg };
const window: FakeWindow = { id: 1 };

describe('saveExport', () => {
  it('gives the dialog the full file name (with extension), the format filter and the overwrite confirmation up front', async () => {
    const f = fakes({ answers: ['/home/a/timeline.svg'] });
    await saveExport(window, request, f.dialog, f.files, '/home/a/');
    expect(f.saveCalls).toHaveLength(1);
    expect(f.saveCalls[0]!.defaultPath).toBe('/home/a/timeline.svg');
    expect(f.saveCalls[0]!.filters).toEqual([{ name: 'SVG image', extensions: ['svg'] }]);
    expect(f.saveCalls[0]!.properties).toContain('showOverwriteConfirmation');
    expect(f.disk.get('/home/a/timeline.svg')).toBe(svg);
  });

  it('asks before replacing timeline.svg when the dialog returned "timeline", and keeps the old file when told no', async () => {
    const f = fakes({ answers: ['/home/a/timeline'], disk: ['/home/a/timeline.svg'], replace: false });
    const old = f.disk.get('/home/a/timeline.svg');
    expect(await saveExport(window, request, f.dialog, f.files)).toEqual({ saved: false });
    expect(f.questions).toHaveLength(1);
    expect(f.questions[0]!.message).toContain('“timeline.svg” already exists');
    expect(f.disk.get('/home/a/timeline.svg')).toBe(old);
    expect(f.disk.has('/home/a/timeline')).toBe(false);
  });

  it('replaces timeline.svg when the user confirms the question about it', async () => {
    const f = fakes({ answers: ['/home/a/timeline'], disk: ['/home/a/timeline.svg'], replace: true });
    expect(await saveExport(window, request, f.dialog, f.files)).toEqual({ saved: true, filePath: '/home/a/timeline.svg' });
    expect(f.disk.get('/home/a/timeline.svg')).toBe(svg);
  });

  it('asks nothing extra when the file with the extension does not exist yet, or the dialog already named it', async () => {
    const fresh = fakes({ answers: ['/home/a/timeline'], disk: ['/home/a/timeline'] });
    expect(await saveExport(window, request, fresh.dialog, fresh.files)).toEqual({ saved: true, filePath: '/home/a/timeline.svg' });
    expect(fresh.questions).toEqual([]);
    const named = fakes({ answers: ['/home/a/timeline.SVG'], disk: ['/home/a/timeline.SVG'] });
    expect(await saveExport(window, request, named.dialog, named.files)).toEqual({ saved: true, filePath: '/home/a/timeline.SVG' });
    expect(named.questions).toEqual([]);
  });

  it('without a message box, shows the save dialog again on the real name instead of overwriting it', async () => {
    const f = fakes({ answers: ['/home/a/timeline', null], disk: ['/home/a/timeline.svg'], noMessageBox: true });
    expect(await saveExport(window, request, f.dialog, f.files)).toEqual({ saved: false });
    expect(f.saveCalls.map((call) => call.defaultPath)).toEqual(['timeline.svg', '/home/a/timeline.svg']);
    expect(f.disk.get('/home/a/timeline.svg')).toEqual(new Uint8Array([1]));
  });
});

// The Import dialog's caps on one pick: file count and total size, checked from the file sizes before reading,
// with the files past a cap reported by name and the others read (fake dialog and file access, as in main).
import { describe, expect, it } from 'vitest';
import { MAX_DIALOG_IMPORT_BYTES, MAX_DIALOG_IMPORT_FILES, MAX_IMPORT_BYTES } from '../../../app/ipc/contract';
import type { DialogLike, FileAccess } from '../../../main/ipc/file-access';
import { FILE_COUNT_CAP_MESSAGE, openArticles, TOTAL_SIZE_CAP_MESSAGE } from '../../../main/ipc/open-articles';

function fakes(paths: string[], sizeOf: (path: string) => number) {
  const reads: string[] = [];
  const dialog: DialogLike<'window'> = {
    showOpenDialog: async () => ({ canceled: false, filePaths: paths }),
    showSaveDialog: async () => ({ canceled: true }),
  };
  const files: FileAccess = {
    stat: async (filePath) => ({ size: sizeOf(filePath), isFile: () => true }),
    readFile: async (filePath) => {
      reads.push(filePath);
      return new TextEncoder().encode(`text of ${filePath}`);
    },
    writeFile: async () => undefined,
  };
  return { dialog, files, reads };
}

describe('Import dialog caps', () => {
  it('reads files until the total size cap, reports the rest by name without reading them, and still reads smaller ones', async () => {
    const big = MAX_IMPORT_BYTES - 1024 * 1024; // 49 MB each: the fifth does not fit in 200 MB
    const paths = ['/n/a.pdf', '/n/b.pdf', '/n/c.pdf', '/n/d.pdf', '/n/e.pdf', '/n/small.txt'];
    const { dialog, files, reads } = fakes(paths, (p) => (p.endsWith('.txt') ? 100 : big));
    const result = await openArticles('window', dialog, files);
    const fitting = Math.floor(MAX_DIALOG_IMPORT_BYTES / big);
    expect(result.files.map((f) => f.fileName)).toEqual([...['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf'].slice(0, fitting), 'small.txt']);
    expect(result.errors).toEqual([{ fileName: 'e.pdf', error: TOTAL_SIZE_CAP_MESSAGE }]);
    expect(reads).not.toContain('/n/e.pdf');
    expect(TOTAL_SIZE_CAP_MESSAGE).toMatch(/200 MB.*another batch/);
  });

  it('reads at most the file-count cap and names every file past it', async () => {
    const paths = Array.from({ length: MAX_DIALOG_IMPORT_FILES + 3 }, (_, i) => `/n/${i}.txt`);
    const { dialog, files, reads } = fakes(paths, () => 10);
    const result = await openArticles('window', dialog, files);
    expect(result.files).toHaveLength(MAX_DIALOG_IMPORT_FILES);
    expect(reads).toHaveLength(MAX_DIALOG_IMPORT_FILES);
    expect(result.errors.map((e) => e.fileName)).toEqual([0, 1, 2].map((i) => `${MAX_DIALOG_IMPORT_FILES + i}.txt`));
    expect(result.errors.every((e) => e.error === FILE_COUNT_CAP_MESSAGE)).toBe(true);
    expect(FILE_COUNT_CAP_MESSAGE).toMatch(/more than 10,000 files/);
  });
});

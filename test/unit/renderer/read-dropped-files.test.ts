// Reading dropped files: sizes checked before reading, each file read on its own, failures named with a reason.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../app/ipc/contract';
import { readFiles } from '../../../renderer/ui/read-dropped-files';

/** A File-like object whose size and read behaviour the test decides (a real 3 GB File cannot be made here). */
function fakeFile(name: string, size: number, read: () => Promise<ArrayBuffer>): File & { reads: number } {
  const file = { name, size, reads: 0, arrayBuffer: () => (file.reads++, read()) };
  return file as unknown as File & { reads: number };
}

describe('readFiles', () => {
  it('reports an oversized file without reading it, an unreadable one with its reason, and reads the rest', async () => {
    const good = new File(['Wang Yi met Vladimir Putin.'], 'good.txt');
    const huge = fakeFile('huge.pdf', 3 * 1024 ** 3, () => Promise.reject(new Error('must not be read')));
    const notReadable = new DOMException('A requested file could not be read', 'NotReadableError');
    const gone = fakeFile('gone.html', 10, () => Promise.reject(notReadable));
    const other = new File(['second'], 'other.md');
    const result = await readFiles([good, huge, gone, other]);
    expect(result.files.map((f) => f.fileName)).toEqual(['good.txt', 'other.md']);
    expect(new TextDecoder().decode(result.files[0]!.bytes)).toBe('Wang Yi met Vladimir Putin.');
    expect(huge.reads).toBe(0);
    expect(result.errors).toEqual([
      { fileName: 'huge.pdf', error: `file is too large (3072 MB; limit ${MAX_IMPORT_BYTES / 1024 ** 2} MB); it was not read` },
      { fileName: 'gone.html', error: expect.stringMatching(/^could not be read \(NotReadableError: A requested file could not be read/) },
    ]);
  });

  it('reads the files one after another, not all at once', async () => {
    let reading = 0;
    let most = 0;
    const slow = (name: string) =>
      fakeFile(name, 4, async () => {
        most = Math.max(most, ++reading);
        await new Promise((resolve) => setTimeout(resolve, 5));
        reading--;
        return new ArrayBuffer(4);
      });
    const result = await readFiles([slow('a.txt'), slow('b.txt'), slow('c.txt')]);
    expect(result.files).toHaveLength(3);
    expect(most).toBe(1);
  });
});

// The Import command in main: shows the native open dialog for article files and reads each picked
// file (up to MAX_IMPORT_BYTES). Files that are too big or unreadable are reported in `errors`. One pick reads
// at most MAX_DIALOG_IMPORT_FILES files and MAX_DIALOG_IMPORT_BYTES in all (sizes checked before reading): the
// files past either cap are reported by name with a message saying to import them in another batch.
import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { MAX_DIALOG_IMPORT_BYTES, MAX_DIALOG_IMPORT_FILES, MAX_IMPORT_BYTES, type OpenArticlesResult } from '../../app/ipc/contract';
import type { DialogLike, FileAccess } from './file-access';

export const ARTICLE_FILE_FILTERS: NonNullable<OpenDialogOptions['filters']> = [
  { name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'pdf', 'docx', 'eml', 'rtf', 'json', 'csv'] },
  { name: 'Text', extensions: ['txt', 'md'] },
  { name: 'Web pages', extensions: ['html', 'htm'] },
  { name: 'Documents', extensions: ['pdf', 'docx', 'rtf'] },
  { name: 'E-mail', extensions: ['eml'] },
  { name: 'Data', extensions: ['json', 'csv'] },
  { name: 'All files', extensions: ['*'] },
];

export const OPEN_ARTICLES_DIALOG: OpenDialogOptions = {
  title: 'Import articles',
  buttonLabel: 'Import',
  properties: ['openFile', 'multiSelections'],
  filters: ARTICLE_FILE_FILTERS,
};

const LIMIT_MB = Math.round(MAX_IMPORT_BYTES / (1024 * 1024));
const TOTAL_LIMIT_MB = Math.round(MAX_DIALOG_IMPORT_BYTES / (1024 * 1024));
export const TOTAL_SIZE_CAP_MESSAGE = `not read: the files picked together are over the ${TOTAL_LIMIT_MB} MB one import can read; import this one in another batch`;
export const FILE_COUNT_CAP_MESSAGE = `not read: more than ${MAX_DIALOG_IMPORT_FILES.toLocaleString('en-US')} files were picked at once; import the rest in another batch`;

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Reads one picked file of at most `budget` bytes; returns its bytes or the reason it was not imported. */
export async function readPickedFile(
  files: FileAccess,
  filePath: string,
  budget = MAX_IMPORT_BYTES,
): Promise<{ bytes: Uint8Array; size: number } | { error: string }> {
  try {
    const info = await files.stat(filePath);
    if (!info.isFile()) return { error: 'not a regular file' };
    if (info.size > MAX_IMPORT_BYTES) return { error: `file is larger than the ${LIMIT_MB} MB import limit` };
    if (info.size > budget) return { error: TOTAL_SIZE_CAP_MESSAGE };
    const bytes = await files.readFile(filePath);
    if (bytes.byteLength > MAX_IMPORT_BYTES) return { error: `file is larger than the ${LIMIT_MB} MB import limit` };
    if (bytes.byteLength > budget) return { error: TOTAL_SIZE_CAP_MESSAGE };
    // A fresh, exactly-sized copy: IPC clones the whole underlying buffer of a view.
    return { bytes: new Uint8Array(bytes), size: Math.max(info.size, bytes.byteLength) };
  } catch (error) {
    return { error: describeError(error) };
  }
}

export async function openArticles<W>(window: W, dialog: DialogLike<W>, files: FileAccess): Promise<OpenArticlesResult> {
  const picked = await dialog.showOpenDialog(window, OPEN_ARTICLES_DIALOG);
  const result: OpenArticlesResult = { files: [], errors: [] };
  if (picked.canceled) return result;
  let budget = MAX_DIALOG_IMPORT_BYTES;
  picked.filePaths.forEach((filePath, index) => {
    if (index >= MAX_DIALOG_IMPORT_FILES) result.errors.push({ fileName: path.basename(filePath), error: FILE_COUNT_CAP_MESSAGE });
  });
  for (const filePath of picked.filePaths.slice(0, MAX_DIALOG_IMPORT_FILES)) {
    const fileName = path.basename(filePath);
    const read = await readPickedFile(files, filePath, budget);
    if ('bytes' in read) {
      result.files.push({ fileName, bytes: read.bytes });
      budget -= read.size;
    } else result.errors.push({ fileName, error: read.error });
  }
  return result;
}

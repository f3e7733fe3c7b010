// The Import command in main: shows the native open dialog for article files and reads each picked
// file (up to MAX_IMPORT_BYTES). Files that are too big or unreadable are reported in `errors`.
import path from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { MAX_IMPORT_BYTES, type OpenArticlesResult } from '../../app/ipc/contract';
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

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Reads one picked file; returns its bytes or the reason it was not imported. */
export async function readPickedFile(files: FileAccess, filePath: string): Promise<{ bytes: Uint8Array } | { error: string }> {
  try {
    const info = await files.stat(filePath);
    if (!info.isFile()) return { error: 'not a regular file' };
    if (info.size > MAX_IMPORT_BYTES) return { error: `file is larger than the ${LIMIT_MB} MB import limit` };
    const bytes = await files.readFile(filePath);
    if (bytes.byteLength > MAX_IMPORT_BYTES) return { error: `file is larger than the ${LIMIT_MB} MB import limit` };
    // A fresh, exactly-sized copy: IPC clones the whole underlying buffer of a view.
    return { bytes: new Uint8Array(bytes) };
  } catch (error) {
    return { error: describeError(error) };
  }
}

export async function openArticles<W>(window: W, dialog: DialogLike<W>, files: FileAccess): Promise<OpenArticlesResult> {
  const picked = await dialog.showOpenDialog(window, OPEN_ARTICLES_DIALOG);
  const result: OpenArticlesResult = { files: [], errors: [] };
  if (picked.canceled) return result;
  for (const filePath of picked.filePaths) {
    const fileName = path.basename(filePath);
    const read = await readPickedFile(files, filePath);
    if ('bytes' in read) result.files.push({ fileName, bytes: read.bytes });
    else result.errors.push({ fileName, error: read.error });
  }
  return result;
}

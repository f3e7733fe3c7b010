// Reads dropped or picked File objects into bytes for the worker, one at a time: each file's size (File.size)
// is checked BEFORE it is read, so a file over MAX_IMPORT_BYTES is never read into memory, and a file that
// cannot be read (moved, locked, a folder) is reported by name with a specific message while the rest import.

import { MAX_IMPORT_BYTES } from '../../app/ipc/contract';
import type { FileToImport } from '../worker/messages';

export interface ReadFilesResult {
  files: FileToImport[];
  errors: { fileName: string; error: string }[];
}

const MEGABYTE = 1024 * 1024;

export function tooLargeMessage(size: number): string {
  return `file is too large (${Math.round(size / MEGABYTE)} MB; limit ${Math.round(MAX_IMPORT_BYTES / MEGABYTE)} MB); it was not read`;
}

function unreadableMessage(error: unknown): string {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `could not be read (${reason}); it may have been moved, deleted or locked, or be a folder`;
}

/** Reads the files in order, each on its own (see the header). */
export async function readFiles(files: readonly File[]): Promise<ReadFilesResult> {
  const result: ReadFilesResult = { files: [], errors: [] };
  for (const file of files) {
    if (file.size > MAX_IMPORT_BYTES) {
      result.errors.push({ fileName: file.name, error: tooLargeMessage(file.size) });
      continue;
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (bytes.byteLength > MAX_IMPORT_BYTES) result.errors.push({ fileName: file.name, error: tooLargeMessage(bytes.byteLength) });
      else result.files.push({ fileName: file.name, bytes });
    } catch (error) {
      result.errors.push({ fileName: file.name, error: unreadableMessage(error) });
    }
  }
  return result;
}

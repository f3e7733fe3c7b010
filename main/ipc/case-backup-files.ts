// "Back up case…" and "Restore case…" in main: the native save dialog for a backup file (the bytes are already
// validated by the handler) and the native open dialog for one backup file, read here up to MAX_BACKUP_BYTES.
// The renderer checks the file's content (format, version, checksum) before anything is restored.
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { MAX_BACKUP_BYTES, type OpenBackupResult, type SaveBackupRequest, type SaveExportResult } from '../../app/ipc/contract';
import { BACKUP_EXTENSION } from '../../app/storage/case-backup-format';
import type { DialogLike, FileAccess } from './file-access';

const BACKUP_FILTERS = [
  { name: 'Event Timeline case backup', extensions: [BACKUP_EXTENSION] },
  { name: 'All files', extensions: ['*'] },
];

export const OPEN_BACKUP_DIALOG: OpenDialogOptions = {
  title: 'Restore case',
  buttonLabel: 'Restore',
  properties: ['openFile'],
  filters: BACKUP_FILTERS,
};

function withBackupExtension(fileName: string): string {
  return fileName.toLowerCase().endsWith(`.${BACKUP_EXTENSION}`) ? fileName : `${fileName}.${BACKUP_EXTENSION}`;
}

export function saveBackupDialogOptions(suggestedName: string, defaultDirectory?: string): SaveDialogOptions {
  const fileName = withBackupExtension(suggestedName);
  return {
    title: 'Back up case',
    buttonLabel: 'Back up',
    defaultPath: defaultDirectory ? `${defaultDirectory.replace(/[\\/]+$/, '')}/${fileName}` : fileName,
    filters: [BACKUP_FILTERS[0]!],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export async function saveBackup<W>(
  window: W,
  request: SaveBackupRequest,
  dialog: DialogLike<W>,
  files: FileAccess,
  defaultDirectory?: string,
): Promise<SaveExportResult> {
  const chosen = await dialog.showSaveDialog(window, saveBackupDialogOptions(request.suggestedName, defaultDirectory));
  if (chosen.canceled || !chosen.filePath) return { saved: false };
  const filePath = withBackupExtension(chosen.filePath);
  await files.writeFile(filePath, request.bytes);
  return { saved: true, filePath };
}

const LIMIT_TEXT = `${Math.round(MAX_BACKUP_BYTES / (1024 * 1024 * 1024))} GB`;

export async function openBackup<W>(window: W, dialog: DialogLike<W>, files: FileAccess): Promise<OpenBackupResult> {
  const picked = await dialog.showOpenDialog(window, OPEN_BACKUP_DIALOG);
  const filePath = picked.filePaths[0];
  if (picked.canceled || filePath === undefined) return { canceled: true };
  const fileName = path.basename(filePath);
  try {
    const info = await files.stat(filePath);
    if (!info.isFile()) return { canceled: false, fileName, error: 'not a regular file' };
    if (info.size > MAX_BACKUP_BYTES) return { canceled: false, fileName, error: `file is larger than the ${LIMIT_TEXT} backup limit` };
    // A fresh, exactly-sized copy: IPC clones the whole underlying buffer of a view.
    return { canceled: false, fileName, bytes: new Uint8Array(await files.readFile(filePath)) };
  } catch (error) {
    return { canceled: false, fileName, error: error instanceof Error ? error.message : String(error) };
  }
}

// Where backup files go and come from: in Electron through the validated IPC contract (native save and open
// dialogs in main); in the browser build a download and a file input.

import { BACKUP_EXTENSION } from '../../app/storage/case-backup-format';
import { desktopBridge } from '../desktop';
import { downloadBytes } from '../lib/download';

/** Saves a backup; returns where it went (a path in Electron, the file name in the browser), or null if cancelled. */
export async function saveBackupFile(suggestedName: string, bytes: Uint8Array): Promise<string | null> {
  const bridge = desktopBridge();
  if (bridge) {
    const result = await bridge.saveBackup({ suggestedName, bytes });
    return result.saved ? (result.filePath ?? suggestedName) : null;
  }
  const fileName = `${suggestedName}.${BACKUP_EXTENSION}`;
  downloadBytes(bytes, fileName, 'application/octet-stream');
  return fileName;
}

/** A picked backup file: its bytes, or why it could not be read; null when the analyst cancelled. */
export type PickedBackup = { fileName: string; bytes: Uint8Array } | { fileName: string; error: string };

export async function pickBackupFile(): Promise<PickedBackup | null> {
  const bridge = desktopBridge();
  if (bridge) {
    const result = await bridge.openBackup();
    return result.canceled ? null : result;
  }
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = `.${BACKUP_EXTENSION}`;
  const file = await new Promise<File | null>((resolve) => {
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
  if (!file) return null;
  try {
    return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    return { fileName: file.name, error: error instanceof Error ? error.message : String(error) };
  }
}

// Hands export bytes to the user: through the Electron save dialog (main validates and writes) or, in the
// browser build, as a download of a blob: URL.

import type { ExportFormat } from '../../app/ipc/contract';
import { desktopBridge } from '../desktop';
import { downloadBytes } from '../lib/download';

export const MIME_TYPES: Record<ExportFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

/** Saves the bytes; false when the user cancelled the save dialog. */
export async function saveFile(bytes: Uint8Array, fileName: string, format: ExportFormat): Promise<boolean> {
  const bridge = desktopBridge();
  if (bridge) return (await bridge.saveExport({ format, suggestedName: fileName, bytes })).saved;
  downloadBytes(bytes, fileName, MIME_TYPES[format]);
  return true;
}

// The Export command in main: shows the native save dialog with the suggested name and a filter for
// the format, then writes the (already validated) bytes to the chosen path.
import type { SaveDialogOptions } from 'electron';
import type { ExportFormat, SaveExportRequest, SaveExportResult } from '../../app/ipc/contract';
import type { DialogLike, FileAccess } from './file-access';

const FORMAT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  json: { name: 'JSON data', extensions: ['json'] },
};

export function saveDialogOptions(request: Pick<SaveExportRequest, 'format' | 'suggestedName'>, defaultDirectory?: string): SaveDialogOptions {
  const fileName = withExtension(request.suggestedName, request.format);
  return {
    title: `Export ${request.format === 'csv' || request.format === 'json' ? 'events' : 'timeline'} as ${request.format.toUpperCase()}`,
    buttonLabel: 'Export',
    defaultPath: defaultDirectory ? `${defaultDirectory.replace(/[\\/]+$/, '')}/${fileName}` : fileName,
    filters: [FORMAT_FILTERS[request.format]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** Appends `.png` / `.svg` / `.pdf` / ... unless the name already ends with it (any letter case). */
export function withExtension(fileName: string, format: ExportFormat): string {
  return fileName.toLowerCase().endsWith(`.${format}`) ? fileName : `${fileName}.${format}`;
}

export async function saveExport<W>(
  window: W,
  request: SaveExportRequest,
  dialog: DialogLike<W>,
  files: FileAccess,
  defaultDirectory?: string,
): Promise<SaveExportResult> {
  const chosen = await dialog.showSaveDialog(window, saveDialogOptions(request, defaultDirectory));
  if (chosen.canceled || !chosen.filePath) return { saved: false };
  const filePath = withExtension(chosen.filePath, request.format);
  await files.writeFile(filePath, request.bytes);
  return { saved: true, filePath };
}

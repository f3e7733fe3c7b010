// The Export command in main: shows the native save dialog with the suggested name (extension included)
// and a filter for the format, then writes the (already validated) bytes to the chosen path. When the
// dialog returns a name without the extension (Linux dialogs do not add it), the file actually written
// is the one with the extension: if that exists, the user is asked about it, never overwritten silently.
import type { MessageBoxOptions, SaveDialogOptions } from 'electron';
import type { ExportFormat, SaveExportRequest, SaveExportResult } from '../../app/ipc/contract';
import type { DialogLike, FileAccess } from './file-access';

const FORMAT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  csv: { name: 'CSV table', extensions: ['csv'] },
  json: { name: 'JSON data', extensions: ['json'] },
};

export function saveDialogOptions(
  request: Pick<SaveExportRequest, 'format' | 'suggestedName'>,
  defaultDirectory?: string,
): SaveDialogOptions {
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

async function exists(files: FileAccess, filePath: string): Promise<boolean> {
  try {
    await files.stat(filePath);
    return true;
  } catch {
    return false;
  }
}

const REPLACE = 0;

/** The overwrite question about the file that will really be written. */
export function replaceQuestion(filePath: string): MessageBoxOptions {
  const name = filePath.split(/[\\/]/).pop() ?? filePath;
  return {
    type: 'warning',
    title: 'Replace file?',
    message: `“${name}” already exists. Do you want to replace it?`,
    detail: `The export is saved as ${filePath}.`,
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
  };
}

export async function saveExport<W>(
  window: W,
  request: SaveExportRequest,
  dialog: DialogLike<W>,
  files: FileAccess,
  defaultDirectory?: string,
): Promise<SaveExportResult> {
  let options = saveDialogOptions(request, defaultDirectory);
  // Without a message box the dialog is shown again once with the real name as its default; a second pick of the
  // same file after that is the user's answer (never an endless loop of dialogs).
  let reasked: string | null = null;
  for (;;) {
    const chosen = await dialog.showSaveDialog(window, options);
    if (chosen.canceled || !chosen.filePath) return { saved: false };
    const filePath = withExtension(chosen.filePath, request.format);
    // The dialog's own overwrite question was about chosen.filePath; ask again about the file written instead.
    if (filePath !== chosen.filePath && (await exists(files, filePath))) {
      if (!dialog.showMessageBox) {
        if (reasked !== filePath) {
          reasked = filePath;
          options = { ...options, defaultPath: filePath }; // the dialog then asks about the real name itself
          continue;
        }
      } else {
        const { response } = await dialog.showMessageBox(window, replaceQuestion(filePath));
        if (response !== REPLACE) return { saved: false };
      }
    }
    await files.writeFile(filePath, request.bytes);
    return { saved: true, filePath };
  }
}

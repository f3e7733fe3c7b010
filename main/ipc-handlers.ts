// Registers one handler per invoke channel of the IPC contract. Each handler first checks the SENDER
// (our window's main frame on the app's own origin) and then the ARGUMENTS (the contract's
// validators) and throws — so the renderer's invoke rejects — before doing anything else.
import {
  IPC_CHANNELS,
  validateCopyImageRequest,
  validatePrintPdfRequest,
  validateSaveBackupRequest,
  validateSaveExportRequest,
  type CopyImageRequest,
  type PrintPdfRequest,
  type SaveBackupRequest,
  type SaveExportRequest,
} from '../app/ipc/contract';
import { openBackup, saveBackup } from './ipc/case-backup-files';
import { copyImageToClipboard, type ClipboardDeps } from './ipc/copy-image';
import type { DialogLike, FileAccess } from './ipc/file-access';
import { printSvgToPdf, type CreatePrintWindow } from './ipc/print-pdf';
import { openArticles } from './ipc/open-articles';
import { saveExport } from './ipc/save-export';
import { untrustedSenderReason, type IpcEventLike, type TrustedWindowLike } from './ipc/trusted-sender';

export interface IpcMainLike<E extends IpcEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

export interface IpcHandlerDeps<W extends TrustedWindowLike> {
  getMainWindow(): W | null;
  dialog: DialogLike<W>;
  files: FileAccess;
  /** Folder the export save dialog starts in (e.g. the user's Documents). */
  exportDirectory?: string;
  /** Makes the hidden window "Export PDF…" prints in (without it, printPdf calls are rejected). */
  createPrintWindow?: CreatePrintWindow;
  /** Electron's clipboard, for "Copy image" (without it, copyImage calls are rejected). */
  clipboard?: ClipboardDeps;
  /** Called with each rejected call (for logging); optional. */
  onRejected?: (channel: string, reason: string) => void;
}

export class IpcRejectedError extends Error {
  constructor(channel: string, reason: string) {
    super(`IPC call on "${channel}" rejected: ${reason}`);
    this.name = 'IpcRejectedError';
  }
}

export function registerIpcHandlers<W extends TrustedWindowLike, E extends IpcEventLike>(
  ipcMain: IpcMainLike<E>,
  deps: IpcHandlerDeps<W>,
): void {
  const reject = (channel: string, reason: string): never => {
    deps.onRejected?.(channel, reason);
    throw new IpcRejectedError(channel, reason);
  };
  const trustedWindow = (channel: string, event: E): W => {
    const window = deps.getMainWindow();
    const reason = untrustedSenderReason(event, window);
    if (reason !== null || window === null) return reject(channel, reason ?? 'no application window');
    return window;
  };

  ipcMain.handle(IPC_CHANNELS.openArticles, async (event, ...args) => {
    const window = trustedWindow(IPC_CHANNELS.openArticles, event);
    if (args.length !== 0) reject(IPC_CHANNELS.openArticles, 'takes no arguments');
    return openArticles(window, deps.dialog, deps.files);
  });

  ipcMain.handle(IPC_CHANNELS.saveExport, async (event, ...args) => {
    const window = trustedWindow(IPC_CHANNELS.saveExport, event);
    if (args.length !== 1) reject(IPC_CHANNELS.saveExport, 'takes exactly one argument');
    const problem = validateSaveExportRequest(args[0]);
    if (problem !== null) reject(IPC_CHANNELS.saveExport, problem);
    const request = args[0] as SaveExportRequest;
    return saveExport(
      window,
      { format: request.format, suggestedName: request.suggestedName, bytes: request.bytes },
      deps.dialog,
      deps.files,
      deps.exportDirectory,
    );
  });

  ipcMain.handle(IPC_CHANNELS.printPdf, async (event, ...args) => {
    const window = trustedWindow(IPC_CHANNELS.printPdf, event);
    if (args.length !== 1) reject(IPC_CHANNELS.printPdf, 'takes exactly one argument');
    const problem = validatePrintPdfRequest(args[0]);
    if (problem !== null) reject(IPC_CHANNELS.printPdf, problem);
    const { svg, suggestedName, width, height } = args[0] as PrintPdfRequest;
    const createWindow = deps.createPrintWindow ?? reject(IPC_CHANNELS.printPdf, 'printing is not available');
    const bytes = await printSvgToPdf(createWindow, { svg, suggestedName, width, height });
    return saveExport(window, { format: 'pdf', suggestedName, bytes }, deps.dialog, deps.files, deps.exportDirectory);
  });

  ipcMain.handle(IPC_CHANNELS.copyImage, async (event, ...args) => {
    trustedWindow(IPC_CHANNELS.copyImage, event);
    if (args.length !== 1) reject(IPC_CHANNELS.copyImage, 'takes exactly one argument');
    const problem = validateCopyImageRequest(args[0]);
    if (problem !== null) reject(IPC_CHANNELS.copyImage, problem);
    const clipboard = deps.clipboard ?? reject(IPC_CHANNELS.copyImage, 'the clipboard is not available');
    return copyImageToClipboard(clipboard, (args[0] as CopyImageRequest).png);
  });

  ipcMain.handle(IPC_CHANNELS.saveBackup, async (event, ...args) => {
    const window = trustedWindow(IPC_CHANNELS.saveBackup, event);
    if (args.length !== 1) reject(IPC_CHANNELS.saveBackup, 'takes exactly one argument');
    const problem = validateSaveBackupRequest(args[0]);
    if (problem !== null) reject(IPC_CHANNELS.saveBackup, problem);
    const request = args[0] as SaveBackupRequest;
    return saveBackup(
      window,
      { suggestedName: request.suggestedName, bytes: request.bytes },
      deps.dialog,
      deps.files,
      deps.exportDirectory,
    );
  });

  ipcMain.handle(IPC_CHANNELS.openBackup, async (event, ...args) => {
    const window = trustedWindow(IPC_CHANNELS.openBackup, event);
    if (args.length !== 0) reject(IPC_CHANNELS.openBackup, 'takes no arguments');
    return openBackup(window, deps.dialog, deps.files);
  });
}

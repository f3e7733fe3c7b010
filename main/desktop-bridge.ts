// Builds the `window.desktop` object the preload exposes: exactly the functions of the contract's
// DesktopBridge, each forwarding to one fixed channel. ipcRenderer itself never leaves this module.
import {
  IPC_CHANNELS,
  MENU_COMMAND_CHANNEL,
  isMenuCommand,
  type DesktopBridge,
  type CopyImageRequest,
  type CopyImageResult,
  type MenuCommand,
  type PrintPdfRequest,
  type OpenArticlesResult,
  type OpenBackupResult,
  type SaveBackupRequest,
  type SaveExportRequest,
  type SaveExportResult,
} from '../app/ipc/contract';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** The parts of Electron's `ipcRenderer` the bridge uses (the real one satisfies it). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

export function createDesktopBridge(ipc: IpcRendererLike): DesktopBridge {
  const bridge: DesktopBridge = {
    openArticles: () => ipc.invoke(IPC_CHANNELS.openArticles) as Promise<OpenArticlesResult>,
    saveExport: (request: SaveExportRequest) =>
      // Only the three contract fields cross the bridge, whatever else the caller's object carries.
      ipc.invoke(IPC_CHANNELS.saveExport, {
        format: request.format,
        suggestedName: request.suggestedName,
        bytes: request.bytes,
      }) as Promise<SaveExportResult>,
    printPdf: (request: PrintPdfRequest) =>
      ipc.invoke(IPC_CHANNELS.printPdf, {
        svg: request.svg,
        suggestedName: request.suggestedName,
        width: request.width,
        height: request.height,
      }) as Promise<SaveExportResult>,
    copyImage: (request: CopyImageRequest) => ipc.invoke(IPC_CHANNELS.copyImage, { png: request.png }) as Promise<CopyImageResult>,
    saveBackup: (request: SaveBackupRequest) =>
      ipc.invoke(IPC_CHANNELS.saveBackup, { suggestedName: request.suggestedName, bytes: request.bytes }) as Promise<SaveExportResult>,
    openBackup: () => ipc.invoke(IPC_CHANNELS.openBackup) as Promise<OpenBackupResult>,
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function');
      const forward: IpcListener = (_event, command) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(MENU_COMMAND_CHANNEL, forward);
      return () => {
        ipc.removeListener(MENU_COMMAND_CHANNEL, forward);
      };
    },
  };
  return Object.freeze(bridge);
}

// The file-system and dialog operations the IPC handlers need, as injectable interfaces, plus the
// real Node implementation. Tests pass in-memory fakes instead.
import { promises as fs } from 'node:fs';
import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';

export interface FileAccess {
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
}

export interface DialogLike<W> {
  showOpenDialog(window: W, options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(window: W, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /** Electron's dialog has it; where a fake lacks it, questions are asked by showing the save dialog again. */
  showMessageBox?(window: W, options: MessageBoxOptions): Promise<{ response: number }>;
}

export const nodeFileAccess: FileAccess = {
  stat: (filePath) => fs.stat(filePath),
  readFile: (filePath) => fs.readFile(filePath),
  writeFile: (filePath, bytes) => fs.writeFile(filePath, bytes),
};

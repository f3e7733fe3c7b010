// Delivers a menu command to the renderer of the focused window (or the main window when no window
// of the app has focus, e.g. while a native menu is open on Linux) on MENU_COMMAND_CHANNEL.
import { MENU_COMMAND_CHANNEL, isMenuCommand, type MenuCommand } from '../app/ipc/contract';

export interface CommandTargetLike {
  isDestroyed(): boolean;
  webContents: { send(channel: string, ...args: unknown[]): void };
}

export interface MenuCommandSenderDeps<W extends CommandTargetLike> {
  getFocusedWindow(): W | null;
  getMainWindow(): W | null;
}

export function createMenuCommandSender<W extends CommandTargetLike>(deps: MenuCommandSenderDeps<W>): (command: MenuCommand) => boolean {
  return (command) => {
    if (!isMenuCommand(command)) return false;
    const target = deps.getFocusedWindow() ?? deps.getMainWindow();
    if (target === null || target.isDestroyed()) return false;
    target.webContents.send(MENU_COMMAND_CHANNEL, command);
    return true;
  };
}

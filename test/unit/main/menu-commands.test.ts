// Menu commands reach the focused window's renderer (or the main window), on the contract channel.
import { describe, expect, it } from 'vitest';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../../app/ipc/contract';
import { createMenuCommandSender } from '../../../main/menu-commands';

function fakeWindow(destroyed = false) {
  const sent: unknown[][] = [];
  return { sent, isDestroyed: () => destroyed, webContents: { send: (...args: unknown[]) => void sent.push(args) } };
}

describe('createMenuCommandSender', () => {
  it('sends to the focused window on the menu channel', () => {
    const focused = fakeWindow();
    const main = fakeWindow();
    const send = createMenuCommandSender({ getFocusedWindow: () => focused, getMainWindow: () => main });
    expect(send('export-svg')).toBe(true);
    expect(focused.sent).toEqual([[MENU_COMMAND_CHANNEL, 'export-svg']]);
    expect(main.sent).toEqual([]);
  });

  it('falls back to the main window when nothing has focus', () => {
    const main = fakeWindow();
    const send = createMenuCommandSender({ getFocusedWindow: () => null, getMainWindow: () => main });
    expect(send('fit')).toBe(true);
    expect(main.sent).toEqual([[MENU_COMMAND_CHANNEL, 'fit']]);
  });

  it('sends nothing to a destroyed window, when there is no window, or for an unknown command', () => {
    const destroyed = fakeWindow(true);
    expect(createMenuCommandSender({ getFocusedWindow: () => destroyed, getMainWindow: () => null })('import')).toBe(false);
    expect(destroyed.sent).toEqual([]);
    expect(createMenuCommandSender({ getFocusedWindow: () => null, getMainWindow: () => null })('import')).toBe(false);
    const main = fakeWindow();
    expect(createMenuCommandSender({ getFocusedWindow: () => null, getMainWindow: () => main })('format-disk' as MenuCommand)).toBe(false);
    expect(main.sent).toEqual([]);
  });
});

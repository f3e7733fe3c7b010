// @vitest-environment jsdom
// The window's key handler and the Electron menu bridge: chords run the first enabled action bound to them, text
// fields keep single keys and their own undo, Electron's menu accelerators are not run twice, and every menu
// command of the IPC contract names a registered action.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../app/ipc/contract';
import type { AppAction } from '../../../renderer/actions/action';
import '../../../renderer/actions/all-actions';
import { chordAllowedInTextField, installKeyHandler } from '../../../renderer/actions/key-handler';
import { handleMenuCommand, MENU_ACCELERATED_ACTIONS, MENU_ACTIONS } from '../../../renderer/actions/menu-bridge';
import { getAction } from '../../../renderer/actions/registry';
import { useUiStore } from '../../../renderer/state/ui-store';
import { setReviewCurrent } from '../../../renderer/actions/review-verdict';

let ran: string[];
let remove: () => void;
const enabled = (action: AppAction<never>): boolean => !action.isEnabled || action.isEnabled({ db: null as never, notify: () => {} });

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

beforeEach(() => {
  ran = [];
  useUiStore.setState({ undoLabel: 'Edit “x”', redoLabel: null, reviewOpen: false, selectedEventIds: ['e1'], editor: null });
  remove = installKeyHandler(window, { isMac: false, isEnabled: enabled, run: (action) => ran.push(action.id) });
});
afterEach(() => {
  remove();
  document.body.innerHTML = '';
  setReviewCurrent(null);
});

describe('the key handler', () => {
  it('runs Ctrl+Z as Undo, Delete as Delete event, and nothing for a disabled Redo', () => {
    expect(press('z', { ctrlKey: true })).toBe(true);
    press('Delete');
    press('Z', { ctrlKey: true, shiftKey: true });
    expect(ran).toEqual(['history.undo', 'event.delete']);
  });

  it('uses Cmd, not Ctrl, on macOS', () => {
    remove();
    remove = installKeyHandler(window, { isMac: true, isEnabled: enabled, run: (action) => ran.push(action.id) });
    press('z', { ctrlKey: true });
    press('z', { metaKey: true });
    expect(ran).toEqual(['history.undo']);
  });

  it('leaves single keys and Ctrl+Z to a focused text field, but runs other Ctrl chords', () => {
    const input = document.createElement('input');
    document.body.append(input);
    expect(press('z', { ctrlKey: true }, input)).toBe(false);
    press('Delete', {}, input);
    press('o', { ctrlKey: true }, input);
    expect(ran).toEqual(['file.import']);
    expect(chordAllowedInTextField('Mod+Z')).toBe(false);
    expect(chordAllowedInTextField('A')).toBe(false);
  });

  it('binds A, R, E, J and K only while the Review panel shows an event', () => {
    press('a');
    expect(ran).toEqual([]);
    useUiStore.setState({ reviewOpen: true });
    setReviewCurrent('e1');
    for (const key of ['a', 'r', 'e', 'j', 'k', 'ArrowDown', 'ArrowUp']) press(key);
    expect(ran).toEqual([
      'review.accept',
      'review.reject',
      'review.edit',
      'review.next',
      'review.previous',
      'review.nextArrow',
      'review.previousArrow',
    ]);
  });

  it('skips the actions whose chords the Electron menu registers', () => {
    remove();
    remove = installKeyHandler(window, {
      isMac: false,
      isEnabled: enabled,
      run: (action) => ran.push(action.id),
      skip: MENU_ACCELERATED_ACTIONS,
    });
    press('o', { ctrlKey: true });
    press('z', { ctrlKey: true });
    expect(ran).toEqual(['history.undo']);
  });
});

describe('the menu bridge', () => {
  it('maps every menu command of the contract to a registered action', () => {
    for (const command of MENU_COMMANDS) {
      const target = MENU_ACTIONS[command];
      const id = typeof target === 'string' ? target : target[0];
      expect(getAction(id)?.id).toBe(id);
    }
  });

  it('runs the File menu export commands as the export dialog with that format chosen', () => {
    const runs: Array<[string, unknown]> = [];
    for (const command of ['export-pdf', 'export-csv'] as const) handleMenuCommand(command, (id, arg) => runs.push([id, arg]));
    expect(runs).toEqual([
      ['export.open-dialog', 'pdf'],
      ['export.open-dialog', 'csv'],
    ]);
  });

  it('runs the action, or edits the text of a focused field for Undo, Redo and Delete', () => {
    const runs: string[] = [];
    handleMenuCommand('undo', (id) => runs.push(id));
    handleMenuCommand('zoom-in', (id) => runs.push(id));
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const commands: string[] = [];
    document.execCommand = (command: string) => commands.push(command) > 0;
    handleMenuCommand('undo', (id) => runs.push(id));
    handleMenuCommand('import', (id) => runs.push(id));
    expect(runs).toEqual(['history.undo', 'view.zoomIn', 'file.import']);
    expect(commands).toEqual(['undo']);
  });
});

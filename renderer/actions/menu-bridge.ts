// The Electron menu → action registry bridge: every menu command of the IPC contract (app/ipc/contract.ts) names
// one action. Undo, Redo and Delete from the menu act on a focused text field as text editing, else on the history
// or the selected event. Menu items whose accelerator main registers are listed so the key handler skips them.

import type { MenuCommand } from '../../app/ipc/contract';
import { isTextField } from './key-handler';

/** The action a menu command runs: its id, or its id and the argument it runs with. */
type MenuTarget = string | readonly [string, unknown];

export const MENU_ACTIONS: Readonly<Record<MenuCommand, MenuTarget>> = {
  import: 'file.import',
  'paste-article': 'file.paste',
  'export-png': ['export.open-dialog', 'png'],
  'export-svg': ['export.open-dialog', 'svg'],
  'export-pdf': ['export.open-dialog', 'pdf'],
  'export-csv': ['export.open-dialog', 'csv'],
  'export-json': ['export.open-dialog', 'json'],
  'new-case': 'case.new-dialog',
  'backup-case': 'case.backup',
  'restore-case': 'case.restore',
  'zoom-in': 'view.zoomIn',
  'zoom-out': 'view.zoomOut',
  fit: 'view.fit',
  undo: 'history.undo',
  redo: 'history.redo',
  delete: 'event.delete',
};

/** Commands whose menu items register their accelerator in main (undo, redo and delete leave keys to the renderer). */
const RENDERER_KEYED: ReadonlySet<MenuCommand> = new Set(['undo', 'redo', 'delete']);
export const MENU_ACCELERATED_ACTIONS: ReadonlySet<string> = new Set(
  (Object.entries(MENU_ACTIONS) as [MenuCommand, MenuTarget][])
    .filter(([command]) => !RENDERER_KEYED.has(command))
    .map(([, target]) => (typeof target === 'string' ? target : target[0])),
);

const TEXT_COMMANDS: Partial<Record<MenuCommand, string>> = { undo: 'undo', redo: 'redo', delete: 'delete' };

/** Handles one menu command: text editing in a focused field where that is what the item means, else the action. */
export function handleMenuCommand(
  command: MenuCommand,
  runAction: (actionId: string, arg?: unknown) => void,
  doc: Document = document,
): void {
  const textCommand = TEXT_COMMANDS[command];
  if (textCommand && isTextField(doc.activeElement)) {
    doc.execCommand(textCommand);
    return;
  }
  const target = MENU_ACTIONS[command];
  if (typeof target === 'string') runAction(target);
  else runAction(target[0], target[1]);
}

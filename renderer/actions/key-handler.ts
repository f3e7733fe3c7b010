// The one keydown listener of the window: maps a chord to the first enabled action bound to it and runs it.
// Inside text fields (inputs, text areas, selects, editable content) single keys and the text-editing chords
// (Mod+Z, Shift+Mod+Z, Mod+A/C/V/X, Mod+Y) stay with the field, so typing and the field's own undo work;
// other Mod chords (Mod+O) still run. In Electron, chords whose menu item registers the accelerator are left
// to the menu (it sends the command), so they do not run twice.

import type { AppAction } from './action';
import { allActions, chordOf } from './registry';

const TEXT_EDITING_CHORDS = new Set(['Mod+Z', 'Shift+Mod+Z', 'Mod+Y', 'Mod+A', 'Mod+C', 'Mod+V', 'Mod+X']);

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return false;
}

/** Whether a chord typed in a text field should still reach the registry. */
export function chordAllowedInTextField(chord: string): boolean {
  return chord.includes('Mod+') && !TEXT_EDITING_CHORDS.has(chord);
}

export interface KeyHandlerOptions {
  isMac: boolean;
  /** True when the action can run now. */
  isEnabled(action: AppAction<never>): boolean;
  run(action: AppAction<never>): void;
  /** Action ids the key handler leaves alone (the Electron menu's own accelerators). */
  skip?: ReadonlySet<string>;
}

/** The first enabled action bound to `chord`. */
export function enabledActionForChord(chord: string, isEnabled: (action: AppAction<never>) => boolean): AppAction<never> | undefined {
  return allActions().find((action) => action.shortcut === chord && isEnabled(action));
}

/** Installs the window's keydown listener; returns its remover. */
export function installKeyHandler(target: Window, options: KeyHandlerOptions): () => void {
  const listener = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    const chord = chordOf(event, options.isMac);
    if (isTextField(event.target) && !chordAllowedInTextField(chord)) return;
    if (target.document.querySelector('dialog[open]') && !chord.includes('Mod+')) return; // a modal has the keys
    const action = enabledActionForChord(chord, options.isEnabled);
    if (!action || options.skip?.has(action.id)) return;
    event.preventDefault();
    options.run(action);
  };
  target.addEventListener('keydown', listener);
  return () => target.removeEventListener('keydown', listener);
}

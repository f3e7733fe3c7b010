// How a registry chord reads to the analyst: "Shift+Mod+Z" → "Shift+Ctrl+Z" (or "⇧⌘Z" on macOS).

export function shortcutText(chord: string, isMac: boolean): string {
  if (!isMac) return chord.replace('Mod', 'Ctrl');
  return chord.replace('Shift+', '⇧').replace('Alt+', '⌥').replace('Mod+', '⌘');
}

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

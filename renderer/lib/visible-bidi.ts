// Makes bidirectional control characters in file names and titles visible, so that a name such as
// "evil\u202Egnp.txt" cannot display as "eviltxt.png": each control (embeddings, overrides, isolates, the
// LRM/RLM/ALM marks) is replaced by a visible marker such as "⟨U+202E⟩". Display only: stored names stay as they are.

const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function marker(control: string): string {
  return `⟨U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** The text with every bidirectional control character shown as a visible marker. */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, marker);
}

// Bidirectional controls in names and titles are shown as visible markers, everything else is left alone.
import { describe, expect, it } from 'vitest';
import { showBidiControls } from '../../../renderer/lib/visible-bidi';

describe('showBidiControls', () => {
  it('shows a right-to-left override as a marker, so a spoofed extension cannot hide', () => {
    expect(showBidiControls('evil\u202Egnp.txt')).toBe('evil⟨U+202E⟩gnp.txt');
  });

  it('marks every embedding, override, isolate and mark', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    const shown = showBidiControls(controls.join(''));
    expect(shown).toBe('⟨U+202A⟩⟨U+202B⟩⟨U+202C⟩⟨U+202D⟩⟨U+202E⟩⟨U+2066⟩⟨U+2067⟩⟨U+2068⟩⟨U+2069⟩⟨U+200E⟩⟨U+200F⟩⟨U+061C⟩');
  });

  it('leaves Arabic, Hebrew and other text untouched', () => {
    for (const text of ['تقرير.txt', 'דוח.html', 'Putin–Xi talks', 'a\u200db']) expect(showBidiControls(text)).toBe(text);
  });
});

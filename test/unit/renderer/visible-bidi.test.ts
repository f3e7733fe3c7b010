// Bidirectional controls in names and titles are shown as visible markers, everything else is left alone.
import { describe, expect, it } from 'vitest';
import { showBidiControls } from '../../../renderer/lib/visible-bidi';

describe('showBidiControls', () => {
  it('shows a right-to-left override as a marker, so a spoofed extension cannot hide', () => {
    expect(showBidiControls('evil\u202Egnp.txt')).toBe('evil⟨U+202E⟩gnp.txt');
  });

  it('marks every embedding, override, isolate and mark', () => {
    const codes = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c];
    const shown = showBidiControls(String.fromCharCode(...codes));
    expect(shown).toBe(codes.map((code) => `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`).join(''));
    expect(shown).toContain('⟨U+061C⟩');
  });

  it('leaves Arabic, Hebrew and other text untouched', () => {
    for (const text of ['تقرير.txt', 'דוח.html', 'Putin–Xi talks', 'a\u200db']) expect(showBidiControls(text)).toBe(text);
  });
});

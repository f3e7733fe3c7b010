// Counts print with thousands separators, as before the shared formatter (app/model/format-count.ts).
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../../app/model/format-count';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [1234, '1,234'],
    [100000, '100,000'],
    [1234567, '1,234,567'],
  ])('%d → %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});

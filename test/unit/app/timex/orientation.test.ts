// Direction in which year-less months and bare weekdays resolve: plan words ("invitation", "planned for") point
// forward even inside a past-tense clause, a modal after the expression does not, and "planned for May" is a date.

import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../../app/extract/timex';

const tag = (text: string, dct: string): [string, string][] => findTimexes(text, dct).map((t) => [t.text, t.value]);

describe('future-oriented plan words', () => {
  it.each([
    ['The chancellor accepted an invitation to visit Germany in June.', '2024-03-18', 'June', '2024-06'],
    ['She accepted an invitation to visit Germany in June, the ministry said.', '2024-03-18', 'June', '2024-06'],
    ['He was invited to address parliament in May.', '2024-08-10', 'May', '2025-05'],
    ['The summit is planned for May.', '2024-11-27', 'May', '2025-05'],
    ['The vote is slated for March.', '2024-11-27', 'March', '2025-03'],
    ['The launch is scheduled for June.', '2024-03-18', 'June', '2024-06'],
  ])('%s (DCT %s) → %s = %s', (text, dct, expression, value) => {
    expect(tag(text, dct)).toEqual([[expression, value]]);
  });

  it('keeps past clauses without plan words in the past', () => {
    expect(tag('He visited Germany in June.', '2024-03-18')).toEqual([['June', '2023-06']]);
    expect(tag('The company had planned to list its shares in June.', '2024-03-18')).toEqual([['June', '2023-06']]);
    expect(tag('The summit was originally planned for May but was postponed.', '2023-08-29')).toEqual([['May', '2023-05']]);
  });
});

describe('modals after the expression', () => {
  it('resolves a weekday modifying an event noun into the past although a modal follows', () => {
    // 2024-11-27 is a Wednesday: the Monday before is the 25th.
    expect(tag('The shooting on Monday could still threaten the deal.', '2024-11-27')).toEqual([['Monday', '2024-11-25']]);
    expect(tag('The attack on Monday might derail the talks.', '2024-11-27')).toEqual([['Monday', '2024-11-25']]);
  });

  it('still reads a modal before the expression as future', () => {
    expect(tag('The two leaders could meet on Monday.', '2024-11-27')).toEqual([['Monday', '2024-12-02']]);
    expect(tag('The leaders will meet on Monday.', '2024-11-27')).toEqual([['Monday', '2024-12-02']]);
  });
});

describe('"for" before an ambiguous month name', () => {
  it('is a date after a scheduling word, not after a plain "for"', () => {
    expect(tag('The meeting was planned for May.', '2024-03-18')).toEqual([['May', '2024-05']]);
    expect(tag('The talks were postponed until May.', '2024-03-18')).toEqual([['May', '2024-05']]);
    expect(tag('Most members voted for May in the leadership contest.', '2024-03-18')).toEqual([]);
  });
});

// Text that must not yield temporal expressions (or only the expected ones).

import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../../../app/extract/timex';

const DCT = '2023-09-21';

describe('negative cases', () => {
  it.each([
    'May I help you?',
    'She may come along, and they march on.',
    'Donations went to the March of Dimes.',
    'The bill passed on a 2-1 vote.',
    'Call 555-2023-1998 or +1 212 555 1990 for details.',
    'Section 2023 of the code and Article 1998 apply.',
    'About 1990 people and 2000 troops were there.',
    'The Belt and Road Initiative is a project.',
    'A 6-year-old boy was rescued.',
    'He paid $1999 for it, up 2020 percent.',
    'Jan Smith spoke to Sun Media.',
    'Prices could fall further, he said.',
    'Now, he says, the plan has changed.',
    'Call 555-2023-1998 for tickets.',
    'He sold 2000 shares and earned $5 billion a year.',
    'Install version 1.2.2023 or build 10.11.2024.5 first.',
  ])('finds nothing in %j', (sentence) => {
    expect(findTimexes(sentence, DCT)).toEqual([]);
  });

  it('needs a DCT for relative dates but still reads explicit ones without it', () => {
    const found = findTimexes('It happened yesterday, on Sept. 21, 2023.', null);
    expect(found.map((t) => [t.text, t.value])).toEqual([['Sept. 21, 2023', '2023-09-21']]);
  });
});

// clauseTense: the nearest tense marker in the clause decides past / present / future.

import { describe, expect, it } from 'vitest';
import { clauseTense } from '../../../../app/extract/timex';

const tenseOf = (sentence: string, phrase: string): string => {
  const start = sentence.indexOf(phrase);
  return clauseTense(sentence, start, start + phrase.length);
};

describe('clauseTense', () => {
  it.each([
    ['The minister said on Monday that talks failed.', 'Monday', 'past'],
    ['Wang Yi met Vladimir Putin on Thursday.', 'Thursday', 'past'],
    ['The ministers will meet on Monday in Paris.', 'Monday', 'future'],
    ['Putin plans to visit China in October.', 'October', 'future'],
    ['The group could arrive as soon as Tuesday, officials said.', 'Tuesday', 'future'],
    ['Prices rise in October.', 'October', 'present'],
  ])('%j → %s is %s', (sentence, phrase, tense) => {
    expect(tenseOf(sentence, phrase)).toBe(tense);
  });

  it('does not read names ending in -ed ("United") as past-tense verbs', () => {
    expect(tenseOf('He would be traveling to the United States Thursday.', 'Thursday')).toBe('future');
  });

  it('stops at sentence boundaries: a "will" in the next sentence does not count', () => {
    expect(tenseOf('Talks ended Monday. Both sides will meet again.', 'Monday')).toBe('past');
  });
});

// Titles: metadata first, then a headline-like first line, else the humanised file name.
import { describe, expect, it } from 'vitest';
import { chooseTitle, headlineFromText, humaniseFileName } from '../../../../app/ingest/article-title';

describe('article titles', () => {
  it('prefers the metadata title, whitespace collapsed', () => {
    expect(chooseTitle('  Talks \n resume ', 'Other headline\nBody.', 'x.txt')).toBe('Talks resume');
  });

  it('takes a short first line without a final period', () => {
    expect(chooseTitle(null, '\n  Ferry link talks resume\nBody text.', 'x.txt')).toBe('Ferry link talks resume');
  });

  it('rejects sentences, long lines, bylines and bare dates as headlines', () => {
    expect(headlineFromText('Officials met on Tuesday.\nMore.')).toBeNull();
    expect(headlineFromText('A'.repeat(121))).toBeNull();
    expect(headlineFromText('By Jane Doe | September 21, 2023\nBody')).toBeNull();
    expect(headlineFromText('September 21, 2023\nBody')).toBeNull();
  });

  it('humanises the file name, dropping extension and date stamp', () => {
    expect(humaniseFileName('wang-yi-putin-2023-09-21.txt')).toBe('Wang Yi Putin');
    expect(humaniseFileName('20230921_story.html')).toBe('Story');
    expect(humaniseFileName('C:\\\\news\\\\ölpreis_bericht.md')).toBe('Ölpreis Bericht');
    expect(humaniseFileName('2023-09-21.txt')).toBe('2023-09-21');
    expect(chooseTitle(undefined, 'A long first sentence that ends with a period.', 'wang-yi-putin-2023-09-21.txt')).toBe('Wang Yi Putin');
  });
});

// Reading order of positioned PDF text and PDF date strings, on fragments built in the test.
import { describe, expect, it } from 'vitest';
import { pdfDateToIso } from '../../../../../app/ingest/formats/pdf-date';
import { joinLines, pagesToText, type PositionedText } from '../../../../../app/ingest/formats/pdf-text-layout';

const fragment = (text: string, x: number, y: number, size = 10): PositionedText => ({ text, x, y, width: text.length * size * 0.5, size });

describe('pagesToText', () => {
  it('orders lines top to bottom and fragments left to right, with a space only across word gaps', () => {
    const page = [fragment('second line', 50, 688), fragment('ocean', 90, 700), fragment('The', 50, 700), fragment('s', 115, 700)];
    // "ocean" ends at 90 + 25 = 115, so "s" touches it: no space
    expect(pagesToText([page])).toBe('The oceans second line');
  });

  it('starts a paragraph at a wider gap and at a font-size change, and separates pages', () => {
    const page1 = [fragment('Headline', 50, 760, 18), fragment('one a', 50, 730), fragment('one b', 50, 718), fragment('two.', 50, 690)];
    const page2 = [fragment('three', 50, 760)];
    expect(pagesToText([page1, page2])).toBe('Headline\n\none a one b\n\ntwo.\n\nthree');
  });

  it('joins a sentence that runs on from one page to the next, de-hyphenating it', () => {
    const page1 = [fragment('The fund was an-', 50, 100)];
    const page2 = [fragment('nounced in Athens.', 50, 760), fragment('New paragraph', 50, 720), fragment('goes on.', 50, 708)];
    expect(pagesToText([page1, page2])).toBe('The fund was announced in Athens.\n\nNew paragraph goes on.');
  });

  it('drops page numbers at the top or bottom of a page, and joins the sentence they interrupted', () => {
    const page1 = [fragment('The talks were', 50, 700), fragment('3', 300, 40)];
    const page2 = [fragment('Page 4 of 9', 300, 800), fragment('held in Oslo. The 2 sides met.', 50, 700), fragment('12', 50, 40)];
    expect(pagesToText([page1, page2])).toBe('The talks were held in Oslo. The 2 sides met.');
  });

  it('reads two columns one after the other, with full-width text as its own block', () => {
    const left = ['Alpha one', 'alpha two', 'alpha three', 'alpha four.'];
    const right = ['Beta one', 'beta two', 'beta three', 'beta four.'];
    const page = [fragment('Headline across both columns of the page', 50, 760, 18)];
    left.forEach((text, i) => page.push(fragment(text, 50, 700 - 12 * i), fragment(right[i]!, 200, 700 - 12 * i)));
    page.push(fragment('Credit line crossing the gutter of the page', 50, 100, 8));
    expect(pagesToText([page])).toBe(
      'Headline across both columns of the page\n\nAlpha one alpha two alpha three alpha four.\n\nBeta one beta two beta three beta four.\n\nCredit line crossing the gutter of the page',
    );
  });

  it('does not take the ragged right edge of a single column for a gutter', () => {
    const page = [
      fragment('a long line of body text here', 50, 700),
      fragment('short', 50, 688),
      fragment('another long line of text', 50, 676),
    ];
    expect(pagesToText([page])).toBe('a long line of body text here short another long line of text');
  });
});

describe('joinLines', () => {
  it('joins a lower-case word hyphenated at a line end, and keeps real hyphens', () => {
    expect(joinLines(['the moni-', 'toring fund'])).toBe('the monitoring fund');
    expect(joinLines(['the Franco-', 'German deal'])).toBe('the Franco- German deal');
    expect(joinLines(['high-seas', 'fund'])).toBe('high-seas fund');
  });
});

describe('pdfDateToIso', () => {
  it.each([
    ["D:20230921101500+03'00'", '2023-09-21T10:15:00+03:00'],
    ['D:20231231233000Z', '2023-12-31T23:30:00Z'],
    ['D:20230921', '2023-09-21'],
    ['D:202309', '2023-09'],
    ['D:2023', '2023'],
    ['2023-09-21T08:00:00Z', '2023-09-21T08:00:00Z'],
    ['yesterday', null],
  ])('%s → %s', (raw, iso) => {
    expect(pdfDateToIso(raw)).toBe(iso);
  });
});

// Publication date: each source on its own, then their precedence, and the no-date warning.
import { describe, expect, it } from 'vitest';
import { compileDatelineRules, DATELINE_RULES } from '../../../../app/ingest/dateline-rules';
import { dateFromFileName } from '../../../../app/ingest/filename-date';
import { detectPublicationDate, NO_DATE_WARNING } from '../../../../app/ingest/publication-date';

const BODY = 'Officials met on Tuesday to discuss the harbour, and will meet again next month.';

describe('dateline rules', () => {
  it.each(DATELINE_RULES.map((rule) => [rule.id, rule] as const))('%s matches its own example', (_id, rule) => {
    const compiled = compileDatelineRules([rule]);
    expect(compiled.some(({ pattern }) => pattern.test(rule.example))).toBe(true);
  });
});

describe('dateline detection', () => {
  it.each([
    ['WASHINGTON (AP) — Sept. 21, 2023\n' + BODY, '2023-09-21', 'dateline.place-agency-date'],
    ['September 21, 2023 — ' + BODY, '2023-09-21', 'dateline.leading-date'],
    ['Thursday, 21 September 2023\n\n' + BODY, '2023-09-21', 'dateline.leading-date'],
    ['Talks resume\nBy Jane Doe | Dec. 3, 2022 10:15 a.m.\n' + BODY, '2022-12-03', 'dateline.byline'],
    ['Published: 4 January 2021, 08:00 GMT\n' + BODY, '2021-01-04', 'dateline.labelled'],
    ['NAIROBI, Kenya, Aug. 7, 1998 (AP) _ ' + BODY, '1998-08-07', 'dateline.place-date'],
    ['GENEVA, 21 September 2023 (AFP) — ' + BODY, '2023-09-21', 'dateline.place-date'],
  ])('reads %j', (text, expected, ruleId) => {
    const result = detectPublicationDate({ text, fileName: 'story.txt' });
    expect(result.published).toBe(expected);
    expect(result.publishedSource).toBe('dateline');
    expect(result.evidence?.ruleId).toBe(ruleId);
    expect(text.slice(result.evidence!.start, result.evidence!.end)).toBe(result.evidence!.text);
    expect(result.warnings).toEqual([]);
  });

  it('takes the missing year of "MOSCOW, Sept. 21 (Reuters) -" from the file name', () => {
    const result = detectPublicationDate({ text: 'MOSCOW, Sept. 21 (Reuters) - ' + BODY, fileName: 'moscow-2023-09-22.txt' });
    expect(result).toMatchObject({ published: '2023-09-21', publishedSource: 'dateline' });
    expect(result.publishedNote).toContain('MOSCOW, Sept. 21 (Reuters) -');
  });

  it('picks the previous year for a Dec. 31 dateline in a file dated January 1', () => {
    const result = detectPublicationDate({ text: 'KYIV, Dec. 31 (Reuters) - ' + BODY, fileName: '20240101_kyiv.txt' });
    expect(result.published).toBe('2023-12-31');
  });

  it('leaves a year-less dateline without a date, with a warning', () => {
    const result = detectPublicationDate({ text: 'MOSCOW, Sept. 21 (Reuters) - ' + BODY, fileName: 'story.txt' });
    expect(result).toMatchObject({ published: null, publishedSource: 'none' });
    expect(result.warnings.join(' ')).toMatch(/has no year/);
  });

  it('ignores dates in running text and beyond the first 300 characters', () => {
    const mid = 'Russia invaded Ukraine on 24 February 2022, the minister recalled on Tuesday.\n' + BODY;
    expect(detectPublicationDate({ text: mid, fileName: 'a.txt' }).published).toBeNull();
    const late = 'x'.repeat(320) + '\nSeptember 21, 2023 — ' + BODY;
    expect(detectPublicationDate({ text: late, fileName: 'a.txt' }).published).toBeNull();
  });

  it('rejects impossible calendar days', () => {
    expect(detectPublicationDate({ text: 'February 30, 2023 — ' + BODY, fileName: 'a.txt' }).published).toBeNull();
  });
});

describe('file-name dates', () => {
  it.each([
    ['wang-yi-putin-2023-09-21.txt', '2023-09-21'],
    ['20230921_story.txt', '2023-09-21'],
    ['report 2023_09_21.html', '2023-09-21'],
    ['APW19980807.0261.tml', '1998-08-07'],
  ])('%s → %s', (fileName, iso) => {
    expect(dateFromFileName(fileName)?.iso).toBe(iso);
  });
  it.each(['story-123456789.txt', 'invoice-2023-13-45.txt', 'notes.txt', '2023-09-211.txt'])('finds no date in %s', (fileName) => {
    expect(dateFromFileName(fileName)).toBeNull();
  });
});

describe('precedence', () => {
  const dated = 'September 20, 2023 — ' + BODY;
  const metadataDates = [{ value: '2023-09-19T22:10:00+03:00', source: '<meta property="article:published_time">' }];
  const fileName = 'talks-2023-09-18.txt';

  it('override beats metadata, dateline and file name', () => {
    const result = detectPublicationDate({ text: dated, fileName, metadataDates, override: '2023-09-17' });
    expect(result).toMatchObject({ published: '2023-09-17', publishedSource: 'override' });
  });
  it('metadata beats dateline and file name, keeping the publisher’s calendar day', () => {
    const result = detectPublicationDate({ text: dated, fileName, metadataDates });
    expect(result).toMatchObject({ published: '2023-09-19', publishedSource: 'metadata' });
    expect(result.publishedNote).toContain('article:published_time');
  });
  it('dateline beats file name', () => {
    expect(detectPublicationDate({ text: dated, fileName })).toMatchObject({ published: '2023-09-20', publishedSource: 'dateline' });
  });
  it('file name is the last resort', () => {
    expect(detectPublicationDate({ text: BODY, fileName })).toMatchObject({ published: '2023-09-18', publishedSource: 'filename' });
  });
  it('with nothing, the date is null with a warning — never today', () => {
    const result = detectPublicationDate({ text: BODY, fileName: 'notes.txt' });
    expect(result).toMatchObject({ published: null, publishedSource: 'none' });
    expect(result.warnings).toContain(NO_DATE_WARNING);
  });
  it('an invalid override or unreadable metadata falls through with a warning', () => {
    const result = detectPublicationDate({
      text: BODY,
      fileName,
      override: 'yesterday',
      metadataDates: [{ value: 'soon', source: '<meta name="date">' }],
    });
    expect(result).toMatchObject({ published: '2023-09-18', publishedSource: 'filename' });
    expect(result.warnings).toHaveLength(2);
  });
  it('uses a month-only metadata date as the year of a year-less dateline, else as a coarse date', () => {
    const metadataDates = [{ value: 'September 2023', source: 'the front matter date' }];
    const dateline = detectPublicationDate({ text: 'MOSCOW, Sept. 21 (Reuters) - ' + BODY, fileName: 'a.txt', metadataDates });
    expect(dateline).toMatchObject({ published: '2023-09-21', publishedSource: 'dateline' });
    expect(dateline.publishedNote).toContain('year from the metadata');
    expect(detectPublicationDate({ text: BODY, fileName: 'a.txt', metadataDates })).toMatchObject({
      published: '2023-09',
      publishedSource: 'metadata',
    });
    // a file-name day inside that month is more precise; one outside it loses to the metadata
    expect(detectPublicationDate({ text: BODY, fileName: 'a-2023-09-20.txt', metadataDates }).published).toBe('2023-09-20');
    expect(detectPublicationDate({ text: BODY, fileName: 'a-2021-01-20.txt', metadataDates }).published).toBe('2023-09');
  });

  it('accepts coarser overrides like a month', () => {
    expect(detectPublicationDate({ text: BODY, fileName, override: '2023-09' }).published).toBe('2023-09');
  });
});

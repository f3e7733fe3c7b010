// Markdown: front matter becomes metadata, safe-to-strip markup is removed, the words stay.
import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../../app/ingest/markdown-to-text';
import { readFixture } from './read-fixture';

describe('markdownToText', () => {
  const document = markdownToText(new TextDecoder().decode(readFixture('article.md')));

  it('reads title and date from the front matter and drops the block', () => {
    expect(document.title).toBe('Lisbon hosts Atlantic ports summit');
    expect(document.date).toBe('2024-05-06');
    expect(document.text).not.toMatch(/^---|author:/m);
  });

  it('strips headings, emphasis, links, images and quote markers but keeps list lines', () => {
    expect(document.text).toBe(
      [
        'Lisbon hosts Atlantic ports summit',
        '',
        'LISBON — Port authorities from nine countries opened a two-day Atlantic ports summit in Lisbon on Monday, the city council said.',
        '',
        'Delegates will visit the container terminal at Sines on Tuesday, and a follow-up meeting is planned in Rotterdam in October.',
        '',
        '"Ports are where trade policy becomes real," the summit chair said.',
        '',
        '- Nine delegations attended',
        '- A draft agreement on shore power is expected next year',
      ].join('\n'),
    );
  });

  it('leaves snake_case, arithmetic asterisks and code fences alone', () => {
    const text = markdownToText('Use snake_case_names and 2 * 3 * 4.\n```\n# not a heading\n```\nSetext\n===').text;
    expect(text).toBe('Use snake_case_names and 2 * 3 * 4.\n# not a heading\nSetext');
  });

  it('works without front matter', () => {
    expect(markdownToText('## Title\nBody [link][ref].\n\n[ref]: https://example.org')).toEqual({
      text: 'Title\nBody link.',
      title: null,
      date: null,
    });
  });
});

describe('markdownToText through a CommonMark lexer', () => {
  it('keeps a link text whole when the URL holds parentheses', () => {
    expect(markdownToText('The [Treaty](https://en.wikipedia.org/wiki/Treaty_(1990)) was signed.').text).toBe('The Treaty was signed.');
  });

  it('drops the backslash of escapes and decodes character references', () => {
    expect(markdownToText('A \\*starred\\* word &amp; Zo&eacute; &#8212; done.').text).toBe('A *starred* word & Zoé — done.');
  });

  it('reduces inline and block HTML to its text, scripts dropped', () => {
    const source =
      'Talks in <b>Vienna</b> <script>alert(1)</script>ended.\n\n<div onclick="x()"><p>Block <i>text</i>.</p><script>bad()</script></div>';
    expect(markdownToText(source).text).toBe('Talks in Vienna ended.\n\nBlock text.');
  });

  it('survives container markers nested far beyond any real document', () => {
    const document = markdownToText(`${'> '.repeat(80_000)}deep text`);
    expect(document.text).toContain('deep text');
    expect(document.warnings).toBeUndefined();
  });
});

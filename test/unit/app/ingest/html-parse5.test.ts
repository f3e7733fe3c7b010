// HTML faults of the old hand-written tokenizer, now read by parse5 as a browser reads them: comment forms,
// raw-text script content, <noscript> articles, the full named-reference table and out-of-range numbers.
import { describe, expect, it } from 'vitest';
import { extractMainText } from '../../../../app/ingest/html/html-main-text';
import { readHtmlMetadata } from '../../../../app/ingest/html/html-metadata';
import { parseHtml } from '../../../../app/ingest/html/html-tree';

const mainText = (html: string): string => extractMainText(parseHtml(html));
const STORY = 'Putin met Xi in Beijing on Monday.';

describe('comments as the HTML standard ends them', () => {
  it('reads <!--> as an empty comment, not as the start of one that swallows the page', () => {
    expect(mainText(`<body><p>Before.</p><!--><p>${STORY}</p><p>After --> end.</p></body>`)).toContain(STORY);
  });

  it('ends a comment at --!>', () => {
    const text = mainText(`<body><!-- x --!><p>${STORY}</p><p>Then talks.</p></body>`);
    expect(text).toBe(`${STORY}\n\nThen talks.`);
  });
});

describe('raw text and noscript', () => {
  it('keeps a script whose string holds "<script></script>" out of the article (script data escape states)', () => {
    const html = `<body><script><!-- document.write("<script></script>"); --></script><p>${STORY}</p></body>`;
    const text = mainText(html);
    expect(text).toBe(STORY);
    expect(text).not.toContain('");');
  });

  it('reads an article inside <noscript> as markup (scripting disabled)', () => {
    const html = `<body><noscript><article><h1>Talks</h1><p>${STORY}</p></article></noscript><script>render()</script></body>`;
    expect(mainText(html)).toBe(`Talks\n\n${STORY}`);
  });
});

describe('character references', () => {
  it('decodes the whole named-reference table (Central European names)', () => {
    expect(mainText('<p>&Zcaron;eljko &ccaron;ek &lstrok;&oacute;d&zacute; &Scaron;&#x165;astn&yacute;</p>')).toBe(
      'Željko ček łódź Šťastný',
    );
    expect(mainText('<p>&nbsp;&NotNestedGreaterGreater;&fjlig;&amp</p>')).toBe('⪢̸fj&');
  });

  it('turns an out-of-range numeric reference into one U+FFFD and keeps the text after it', () => {
    expect(mainText('<p>a&#999999999;b &#x110000; c</p>')).toBe('a\ufffdb \ufffd c');
  });

  it('decodes references in titles and attribute values too', () => {
    const metadata = readHtmlMetadata(parseHtml('<meta property="og:title" content="Ko&ccaron;evje talks"><title>x</title>'));
    expect(metadata.title).toBe('Kočevje talks');
  });
});

describe('deep and long input', () => {
  it('flattens runaway nesting instead of overflowing the stack, keeping the text', () => {
    const html = `<body>${'<div>'.repeat(100_000)}<p>${STORY}</p></body>`;
    expect(mainText(html)).toBe(STORY);
  });
});

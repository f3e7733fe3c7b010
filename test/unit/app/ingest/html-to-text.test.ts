// HTML: main-text extraction, metadata, entity decoding and removal of everything active or remote.
import { describe, expect, it } from 'vitest';
import { extractMainText } from '../../../../app/ingest/html/html-main-text';
import { readHtmlMetadata } from '../../../../app/ingest/html/html-metadata';
import { parseHtml } from '../../../../app/ingest/html/html-tree';
import { readFixture } from './read-fixture';

const fixtureHtml = (name: string): string => new TextDecoder().decode(readFixture(name));

describe('main text of a news page', () => {
  const text = extractMainText(parseHtml(fixtureHtml('article.html')));

  it('keeps the article paragraphs, separated by blank lines, entities decoded', () => {
    expect(text.split('\n\n')).toEqual([
      'Danube ministers sign river accord in Vienna',
      'By Mara Lindqvist | February 8, 2024',
      'VIENNA — Transport ministers of six Danube states signed an accord on shipping lanes in Vienna on Wednesday, ending two years of negotiations.',
      'The accord, which Austria’s minister called “overdue”, sets common dredging standards from Regensburg to the Black Sea.',
      'Ministers will meet again in Budapest in June to review the first dredging reports, a spokesperson said.',
    ]);
  });

  it('drops site navigation, footer, share bars, related links and figures', () => {
    for (const chrome of ['Home', 'Subscribe', 'Riverside Courier', 'Share this story', 'Floods hit Passau', 'A barge near Linz']) {
      expect(text).not.toContain(chrome);
    }
  });
});

describe('content root choice', () => {
  it('prefers itemprop=articleBody, then the longest <article>, then <main>, then <body>', () => {
    const html = `<body><p>Cookie banner</p><article><p>Teaser.</p></article>
      <article><h1>Headline</h1><div itemprop="articleBody"><p>Body one.</p><p>Body two.</p></div></article></body>`;
    expect(extractMainText(parseHtml(html))).toBe('Body one.\n\nBody two.');
    const twoArticles = '<body><article><p>Short teaser.</p></article><article><p>The long, real story text.</p></article></body>';
    expect(extractMainText(parseHtml(twoArticles))).toBe('The long, real story text.');
    const mainOnly = '<body><header><p>Masthead</p></header><main><p>Story.</p></main><footer>Legal</footer></body>';
    expect(extractMainText(parseHtml(mainOnly))).toBe('Story.');
    const bodyOnly = '<body><nav>Menu</nav><p>One.</p><p>Two<br>lines.</p><footer>Legal</footer></body>';
    expect(extractMainText(parseHtml(bodyOnly))).toBe('One.\n\nTwo\nlines.');
  });

  it('is not derailed by stray quotes, bare "<" or unclosed raw-text elements', () => {
    const html = `<body><p class=it's>Rock'n'roll band's tour</p><p>3 < 4 and a<b</p><p title="a>b">Quoted > sign</p><style>p{}`;
    expect(extractMainText(parseHtml(html))).toBe("Rock'n'roll band's tour\n\n3 < 4 and a\n\nQuoted > sign");
  });

  it('closes implied paragraphs and keeps inline text together', () => {
    const html = '<body><p>First <b>bold</b> and <a href="/x">linked</a> words<p>Second<ul><li>a<li>b</ul></body>';
    expect(extractMainText(parseHtml(html))).toBe('First bold and linked words\n\nSecond\n\na\n\nb');
  });
});

describe('hostile page', () => {
  const html = fixtureHtml('hostile.html');
  const text = extractMainText(parseHtml(html));

  it('keeps the story text', () => {
    expect(text).toContain('Port officials from Poland and Sweden resumed talks in Gdansk on Thursday');
    expect(text).toContain('agreed to meet again in Karlskrona next month');
    expect(text).toContain('could open in 2026 — "weather permitting".');
  });

  it('drops scripts, handlers, javascript: links, frames, forms, SVG, templates, hidden and remote content', () => {
    expect(text.toLowerCase()).not.toContain('pwn');
    expect(text).not.toMatch(/<|>|script|window\.|onerror|onload|javascript:|example\.com|https?:/i);
  });

  it('reports the page title but not the one a script would set', () => {
    expect(readHtmlMetadata(parseHtml(html)).title).toBe('Harbour talks resume in Gdansk');
  });
});

describe('page metadata', () => {
  it('reads og:title and the dates in reliability order', () => {
    const metadata = readHtmlMetadata(parseHtml(fixtureHtml('article.html')));
    expect(metadata.title).toBe('Danube ministers sign river accord in Vienna');
    expect(metadata.dates.map((d) => d.source)).toEqual([
      '<meta property="article:published_time">',
      'JSON-LD datePublished',
      '<time datetime> in the article',
    ]);
  });

  it('falls back to <title>, then the first <h1>', () => {
    expect(readHtmlMetadata(parseHtml('<title>Plain &amp; simple</title><h1>H</h1>')).title).toBe('Plain & simple');
    expect(readHtmlMetadata(parseHtml('<body><h1>Only <i>heading</i></h1></body>')).title).toBe('Only heading');
  });

  it('reads JSON-LD inside @graph as data and ignores malformed blocks', () => {
    const html = `<script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2022-02-24"}]}</script>`;
    expect(readHtmlMetadata(parseHtml(html)).dates).toEqual([{ value: '2022-02-24', source: 'JSON-LD datePublished' }]);
  });

  it('reads Dublin Core and pubdate meta names', () => {
    const html = '<meta name="DC.date.issued" content="2021-06-01"><meta name="pubdate" content="20210602">';
    expect(readHtmlMetadata(parseHtml(html)).dates.map((d) => d.value)).toEqual(['20210602', '2021-06-01']);
  });
});

describe('entities', () => {
  it('decodes named, decimal and hex references, and Windows-1252 numeric ones, as the HTML standard does', () => {
    const text = extractMainText(parseHtml('<p>Caf&eacute; &amp; &#8220;bar&#x201D; &nbsp;&mdash; &#150; &#0; &bogus;</p>'));
    expect(text).toBe('Café & “bar” — – \ufffd &bogus;'); // the no-break space joins the collapsed space run
  });
});

// Extracts the readable main text of an HTML page as plain paragraphs separated by blank lines.
// Content root, most specific first: [itemprop=articleBody], <article>, <main>, [role=main], <body>; among
// several candidates of one kind the one with the most text wins. Every element's text length is computed
// once, bottom-up, in one pass over the tree (linear however deeply candidates nest). Page chrome and anything active or remote
// (scripts, styles, frames, forms, SVG, media, javascript: links, hidden elements) is dropped, never run.
// <noscript> is kept: the page is parsed with scripting off (html-tree.ts), and some sites put the article there.

import { type HtmlElement, type HtmlNode, walkElements } from './html-tree';

/** Elements whose whole subtree never contributes text. */
const DROPPED_ELEMENTS = new Set([
  'head',
  'script',
  'style',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'audio',
  'video',
  'picture',
  'img',
  'figure',
  'nav',
  'aside',
  'dialog',
  'map',
  'link',
  'meta',
  'base',
]);

/** Page chrome, dropped unless it sits inside the chosen article (an article's own header holds its byline). */
const CHROME_ELEMENTS = new Set(['header', 'footer']);

/** Elements that start a new paragraph. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
  'body',
  'html',
]);

/** class/id words of boilerplate blocks (share bars, ads, related links, newsletter boxes). */
const BOILERPLATE_NAME =
  /(?:^|[\s_-])(?:ad|ads|advert|advertisement|promo|share|sharing|social|related|newsletter|subscribe|comments?|cookie|cookies|breadcrumbs?|sidebar|popup|modal)(?:$|[\s_-])/i;

const ROOT_PREFERENCE: readonly ((el: HtmlElement) => boolean)[] = [
  (el) => (el.attributes.get('itemprop') ?? '').split(/\s+/).includes('articleBody'),
  (el) => el.name === 'article',
  (el) => el.name === 'main' || el.attributes.get('role') === 'main',
  (el) => el.name === 'body',
];

function isHidden(el: HtmlElement): boolean {
  if (el.attributes.has('hidden') || el.attributes.get('aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attributes.get('style') ?? '');
}

function isBoilerplate(el: HtmlElement): boolean {
  return BOILERPLATE_NAME.test(el.attributes.get('class') ?? '') || BOILERPLATE_NAME.test(el.attributes.get('id') ?? '');
}

function isScriptLink(el: HtmlElement): boolean {
  return el.name === 'a' && /^\s*(?:javascript|vbscript|data):/i.test(el.attributes.get('href') ?? '');
}

function isDropped(el: HtmlElement): boolean {
  return DROPPED_ELEMENTS.has(el.name) || isHidden(el) || isBoilerplate(el) || isScriptLink(el);
}

/** Length of the text each element would contribute (whitespace runs count as one), in one bottom-up pass. */
function visibleTextLengths(document: HtmlElement): Map<HtmlElement, number> {
  const order = [...walkElements(document)]; // parents before their children
  const lengths = new Map<HtmlElement, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i]!;
    let length = 0;
    if (!isDropped(el)) {
      for (const child of el.children) {
        if (child.kind === 'element') length += lengths.get(child) ?? 0;
        else if (!child.raw) length += child.text.replace(/\s+/g, ' ').length;
      }
    }
    lengths.set(el, length);
  }
  return lengths;
}

/** The element whose text is the article, per the preference order in the header. */
export function chooseContentRoot(document: HtmlElement): HtmlElement {
  const lengths = visibleTextLengths(document);
  const best: { el: HtmlElement; length: number }[] = ROOT_PREFERENCE.map(() => ({ el: document, length: 0 }));
  for (const el of walkElements(document)) {
    const length = lengths.get(el) ?? 0;
    ROOT_PREFERENCE.forEach((matches, rank) => {
      if (length > best[rank]!.length && matches(el)) best[rank] = { el, length };
    });
  }
  return best.find((candidate) => candidate.length > 0)?.el ?? document;
}

/** Collects paragraphs of the subtree: inline text is joined, block boundaries start a new paragraph. */
class ParagraphWriter {
  readonly paragraphs: string[] = [];
  /** Pieces of the current paragraph (joined once, so many <br>s in one paragraph stay linear). */
  private parts: string[] = [];

  write(text: string): void {
    if (text) this.parts.push(text);
  }
  lineBreak(): void {
    while (this.parts.length > 0) {
      const last = this.parts[this.parts.length - 1]!;
      const trimmed = last.replace(/[ \t]+$/, '');
      if (trimmed) {
        this.parts[this.parts.length - 1] = trimmed;
        break;
      }
      this.parts.pop();
    }
    this.parts.push('\n');
  }
  breakParagraph(): void {
    if (this.parts.length === 0) return;
    const paragraph = this.parts
      .join('')
      .split('\n')
      .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
    if (paragraph) this.paragraphs.push(paragraph);
    this.parts = [];
  }
}

function writeNode(node: HtmlNode, writer: ParagraphWriter, keepChrome: boolean): void {
  if (node.kind === 'text') {
    if (!node.raw) writer.write(node.text.replace(/\s+/g, ' '));
    return;
  }
  if (isDropped(node)) return;
  if (CHROME_ELEMENTS.has(node.name) && !keepChrome) return;
  if (node.name === 'br') {
    writer.lineBreak();
    return;
  }
  const block = BLOCK_ELEMENTS.has(node.name);
  if (block) writer.breakParagraph();
  for (const child of node.children) writeNode(child, writer, keepChrome);
  if (block) writer.breakParagraph();
  else if (node.name === 'td' || node.name === 'th') writer.write(' ');
}

/** Main text of a parsed page: paragraphs separated by blank lines. */
export function extractMainText(document: HtmlElement): string {
  const root = chooseContentRoot(document);
  const keepChrome = root.name === 'article' || root.attributes.has('itemprop');
  const writer = new ParagraphWriter();
  for (const child of root.children) writeNode(child, writer, keepChrome);
  writer.breakParagraph();
  return writer.paragraphs.join('\n\n');
}

// Extracts the readable main text of an HTML page as plain paragraphs separated by blank lines.
// Content root, most specific first: [itemprop=articleBody], <article>, <main>, [role=main], <body>; among
// several candidates of one kind the one with the most text wins. Page chrome and anything active or remote
// (scripts, styles, frames, forms, SVG, media, javascript: links, hidden elements) is dropped, never run.

import { type HtmlElement, type HtmlNode, textContent, walkElements } from './html-tree';

/** Elements whose whole subtree never contributes text. */
const DROPPED_ELEMENTS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'canvas', 'form', 'button', 'select', 'textarea', 'input', 'audio', 'video', 'picture', 'img',
  'figure', 'nav', 'aside', 'dialog', 'map', 'link', 'meta', 'base',
]);

/** Page chrome, dropped unless it sits inside the chosen article (an article's own header holds its byline). */
const CHROME_ELEMENTS = new Set(['header', 'footer']);

/** Elements that start a new paragraph. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'blockquote', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'footer', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'body', 'html',
]);

/** class/id words of boilerplate blocks (share bars, ads, related links, newsletter boxes). */
const BOILERPLATE_NAME = /(?:^|[\s_-])(?:ad|ads|advert|advertisement|promo|share|sharing|social|related|newsletter|subscribe|comments?|cookie|cookies|breadcrumbs?|sidebar|popup|modal)(?:$|[\s_-])/i;

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

/** The element whose text is the article, per the preference order in the header. */
export function chooseContentRoot(document: HtmlElement): HtmlElement {
  for (const matches of ROOT_PREFERENCE) {
    const candidates = [...walkElements(document)].filter(matches);
    if (candidates.length === 0) continue;
    let best = candidates[0]!;
    let bestLength = -1;
    for (const candidate of candidates) {
      const length = textContent(candidate).length;
      if (length > bestLength) [best, bestLength] = [candidate, length];
    }
    if (bestLength > 0) return best;
  }
  return document;
}

/** Collects paragraphs of the subtree: inline text is joined, block boundaries start a new paragraph. */
class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private line = '';

  write(text: string): void {
    this.line += text;
  }
  lineBreak(): void {
    this.line = this.line.replace(/[ \t]+$/, '') + '\n';
  }
  breakParagraph(): void {
    const paragraph = this.line
      .split('\n')
      .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
    if (paragraph) this.paragraphs.push(paragraph);
    this.line = '';
  }
}

function writeNode(node: HtmlNode, writer: ParagraphWriter, keepChrome: boolean): void {
  if (node.kind === 'text') {
    if (!node.raw) writer.write(node.text.replace(/\s+/g, ' '));
    return;
  }
  if (DROPPED_ELEMENTS.has(node.name) || isHidden(node) || isBoilerplate(node) || isScriptLink(node)) return;
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

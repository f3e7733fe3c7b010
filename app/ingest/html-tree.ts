// Builds a tolerant element tree from HTML tokens, enough for picking the article body and reading
// metadata: void elements, implied end tags for p/li/dt/dd/tr/td/th/option, and stray end tags ignored.

import { tokenizeHtml } from './html-tokenizer';

export interface HtmlElement {
  kind: 'element';
  name: string;
  attributes: Map<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

export interface HtmlText {
  kind: 'text';
  text: string;
  /** Content of a raw-text element (script, style, ...), never document text. */
  raw: boolean;
}

export type HtmlNode = HtmlElement | HtmlText;

const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Block elements that close an open <p>, as in the HTML parsing algorithm. */
const CLOSES_PARAGRAPH = new Set([
  'address', 'article', 'aside', 'blockquote', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);

/** Start tags that close an open sibling of the listed names. */
const CLOSES_SIBLING: Record<string, readonly string[]> = {
  li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], tr: ['tr', 'td', 'th'], td: ['td', 'th'], th: ['td', 'th'], option: ['option'],
};

/** Deeper nesting (runaway unclosed tags) is flattened so that walking the tree cannot overflow the stack. */
const MAX_DEPTH = 256;

function element(name: string, attributes: Map<string, string>, parent: HtmlElement | null): HtmlElement {
  return { kind: 'element', name, attributes, children: [], parent };
}

/** Parses HTML into a tree under a synthetic "#document" root. */
export function parseHtml(html: string): HtmlElement {
  const root = element('#document', new Map(), null);
  let current = root;
  let depth = 0;
  const closeUpTo = (name: string): boolean => {
    for (let node: HtmlElement | null = current; node && node !== root; node = node.parent) {
      if (node.name === name) {
        current = node.parent ?? root;
        depth = depthOf(current);
        return true;
      }
    }
    return false;
  };
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'text') {
      current.children.push({ kind: 'text', text: token.text, raw: token.raw });
    } else if (token.kind === 'start') {
      if ((token.name === 'p' || CLOSES_PARAGRAPH.has(token.name)) && current.name === 'p') {
        current = current.parent ?? root;
        depth--;
      }
      if (CLOSES_SIBLING[token.name]?.includes(current.name)) {
        current = current.parent ?? root;
        depth--;
      }
      const child = element(token.name, token.attributes, current);
      current.children.push(child);
      if (!VOID_ELEMENTS.has(token.name) && !token.selfClosing && depth < MAX_DEPTH) {
        current = child;
        depth++;
      }
    } else if (token.kind === 'end') {
      closeUpTo(token.name);
    }
  }
  return root;
}

function depthOf(node: HtmlElement): number {
  let depth = 0;
  for (let n = node.parent; n; n = n.parent) depth++;
  return depth;
}

/** Depth-first walk, in document order, over all elements under (and including) `node`. */
export function* walkElements(node: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) {
      const child = next.children[i]!;
      if (child.kind === 'element') stack.push(child);
    }
  }
}

/** The first element matching the predicate, in document order. */
export function findElement(node: HtmlElement, predicate: (el: HtmlElement) => boolean): HtmlElement | null {
  for (const el of walkElements(node)) if (predicate(el)) return el;
  return null;
}

/** The non-raw text content of an element, whitespace collapsed. */
export function textContent(node: HtmlElement): string {
  const parts: string[] = [];
  const visit = (n: HtmlNode): void => {
    if (n.kind === 'text') {
      if (!n.raw) parts.push(n.text);
    } else {
      n.children.forEach(visit);
    }
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Whether `node` lies inside `ancestor`. */
export function isInside(node: HtmlElement, ancestor: HtmlElement): boolean {
  for (let n: HtmlElement | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

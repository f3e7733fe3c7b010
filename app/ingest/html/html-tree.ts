// Parses HTML with parse5 (the WHATWG parsing algorithm: comments such as `<!-->` and `<!-- x --!>`, raw-text
// elements, implied end tags and all 2,231 named character references exactly as a browser reads them) and
// converts its tree, iteratively, into the small element tree the main-text choice and metadata read.
// Scripting is off, as in a browser with JavaScript disabled, so <noscript> content is parsed as markup.
// Nesting deeper than MAX_DEPTH (runaway unclosed tags) is flattened into the element at that depth, so
// that walking the tree can never overflow the stack; text and document order are kept.

import { parse, type DefaultTreeAdapterMap } from 'parse5';

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

type Parse5Node = DefaultTreeAdapterMap['node'];
type Parse5Element = DefaultTreeAdapterMap['element'];

/** Elements whose text children are raw text (not document text), as the HTML tokenizer treats them. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes']);

/** Deeper nesting is flattened (see the header). */
export const MAX_DEPTH = 256;

function element(name: string, attributes: Map<string, string>, parent: HtmlElement | null): HtmlElement {
  return { kind: 'element', name, attributes, children: [], parent };
}

function attributesOf(node: Parse5Element): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const attribute of node.attrs) if (!attributes.has(attribute.name)) attributes.set(attribute.name, attribute.value);
  return attributes;
}

function isElement(node: Parse5Node): node is Parse5Element {
  return 'tagName' in node;
}

/** Parses HTML into a tree under a synthetic "#document" root. */
export function parseHtml(html: string): HtmlElement {
  const root = element('#document', new Map(), null);
  const document = parse(html, { scriptingEnabled: false });
  const stack: { node: Parse5Node; parent: HtmlElement; depth: number }[] = [];
  const pushChildren = (nodes: readonly Parse5Node[], parent: HtmlElement, depth: number): void => {
    for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, parent, depth });
  };
  pushChildren(document.childNodes, root, 1);
  while (stack.length > 0) {
    const { node, parent, depth } = stack.pop()!;
    if (node.nodeName === '#text' && 'value' in node) {
      const last = parent.children[parent.children.length - 1];
      const raw = RAW_TEXT_ELEMENTS.has(parent.name);
      // flattened nesting can put two text nodes side by side: keep them as one
      if (last?.kind === 'text' && last.raw === raw) last.text += node.value;
      else parent.children.push({ kind: 'text', text: node.value, raw });
    } else if (isElement(node)) {
      // template content lives in a separate fragment and never shows: it is left out
      if (depth > MAX_DEPTH) {
        pushChildren(node.childNodes, parent, depth);
        continue;
      }
      const child = element(node.tagName, attributesOf(node), parent);
      parent.children.push(child);
      pushChildren(node.childNodes, child, depth + 1);
    }
  }
  return root;
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
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.kind === 'text') {
      if (!next.raw) parts.push(next.text);
      continue;
    }
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Whether `node` lies inside `ancestor`. */
export function isInside(node: HtmlElement, ancestor: HtmlElement): boolean {
  for (let n: HtmlElement | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

// A small, forgiving HTML tokenizer (pure string processing: no DOMParser, nothing is loaded or run).
// It yields start tags with attributes, end tags, text and comments. The content of raw-text elements
// (script, style, ...) becomes a single text token of that element so callers can drop it wholesale.

import { decodeHtmlEntities } from './html-entities';

export type HtmlToken =
  | { kind: 'start'; name: string; attributes: Map<string, string>; selfClosing: boolean }
  | { kind: 'end'; name: string }
  | { kind: 'text'; text: string; raw: boolean }
  | { kind: 'comment' };

/** Elements whose content is not markup: read verbatim up to the matching end tag. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template']);
/** Raw-text elements whose content is still entity-decoded (RCDATA). */
const RCDATA_ELEMENTS = new Set(['textarea', 'title']);

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!name || attributes.has(name)) continue;
    attributes.set(name, decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/**
 * Index just after the '>' closing a tag that starts at `from`. A quote opens a quoted attribute value
 * only right after '=' (as in the HTML tokenizer), so a stray apostrophe cannot swallow the document.
 */
function tagEnd(html: string, from: number): number {
  let quote: string | null = null;
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if ((ch === '"' || ch === "'") && afterEquals) {
      quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
    if (ch === '=') afterEquals = true;
    else if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') afterEquals = false;
  }
  return html.length;
}

/** Tokenizes a whole HTML document. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let position = 0;
  let textStart = 0;
  const flushText = (end: number): void => {
    if (end > textStart) tokens.push({ kind: 'text', text: decodeHtmlEntities(html.slice(textStart, end)), raw: false });
  };
  while (position < html.length) {
    const lt = html.indexOf('<', position);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      flushText(lt);
      const close = html.indexOf('-->', lt + 4);
      position = textStart = close < 0 ? html.length : close + 3;
      tokens.push({ kind: 'comment' });
    } else if (next === '!' || next === '?') {
      flushText(lt);
      position = textStart = tagEnd(html, lt); // doctype, CDATA, processing instruction: dropped
    } else if (next === '/' && /[A-Za-z]/.test(html[lt + 2] ?? '')) {
      flushText(lt);
      const end = tagEnd(html, lt);
      const name = /^<\/([A-Za-z][^\s/>]*)/.exec(html.slice(lt, end))?.[1]?.toLowerCase() ?? '';
      tokens.push({ kind: 'end', name });
      position = textStart = end;
    } else if (/[A-Za-z]/.test(next)) {
      flushText(lt);
      const end = tagEnd(html, lt);
      const source = html.slice(lt + 1, html[end - 1] === '>' ? end - 1 : end);
      const name = (/^[^\s/>]+/.exec(source)?.[0] ?? '').toLowerCase();
      const selfClosing = source.endsWith('/');
      tokens.push({ kind: 'start', name, attributes: parseAttributes(source.slice(name.length)), selfClosing });
      position = textStart = end;
      if (RAW_TEXT_ELEMENTS.has(name) && !selfClosing) {
        const closeMatch = new RegExp(`</${name}[\\s/>]`, 'i').exec(html.slice(end));
        const contentEnd = closeMatch ? end + closeMatch.index : html.length;
        const content = html.slice(end, contentEnd);
        tokens.push({ kind: 'text', text: RCDATA_ELEMENTS.has(name) ? decodeHtmlEntities(content) : content, raw: true });
        position = textStart = contentEnd; // the end tag itself is tokenized on the next turn
        if (!closeMatch) tokens.push({ kind: 'end', name });
      }
    } else {
      position = lt + 1; // a bare '<' in text
    }
  }
  flushText(html.length);
  return tokens;
}

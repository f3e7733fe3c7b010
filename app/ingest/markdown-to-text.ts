// Markdown article → plain text plus front-matter metadata, through marked's lexer (CommonMark + GFM): the
// tokens are walked to their text, so link syntax goes ([Treaty](…/Treaty_(1990)) → "Treaty"), backslash
// escapes lose their backslash, character references are decoded (entities) and raw HTML is reduced to its
// text (scripts and styles dropped) by the ingest's own HTML reader. Images, link definitions and rules give
// no text; code keeps its text; list items keep their markers; blocks keep the source's blank lines.
// YAML front matter (--- ... ---) supplies `title:` and `date:`.
// Measured (160 KB inputs): marked's lexer reads '**a ', '[a](' and other unclosed-delimiter floods in under
// 0.15 s, but overflows the stack on a line of tens of thousands of nested container markers ('> > > ...'),
// and nesting costs it time per level: the pre-guard below caps container markers per line and leading
// indentation, and a lexer failure falls back to the unchanged text with a warning.

import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { extractMainText } from './html/html-main-text';
import { parseHtml } from './html/html-tree';

export interface MarkdownDocument {
  text: string;
  title: string | null;
  /** Raw `date:` (or `published:` / `pubDate:`) front-matter value. */
  date: string | null;
  warnings?: string[];
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const DATE_KEYS = ['date', 'published', 'pubdate', 'publishdate', 'date_published'];
/** Container markers (block quotes, list items) kept at the start of one line; deeper ones are dropped. */
const MAX_CONTAINER_MARKERS = 16;
const MAX_INDENT = 64;
const DEEP_CONTAINERS = new RegExp(
  `^((?:[ \\t]*(?:>|[-*+]|\\d{1,9}[.)])(?=[ \\t]|$)){${MAX_CONTAINER_MARKERS}})(?:[ \\t]*(?:>|[-*+]|\\d{1,9}[.)])(?=[ \\t]|$))+`,
  'gm',
);
/** Inline raw-text elements whose content is never text. */
const RAW_INLINE = /^<(script|style|textarea|title|template|iframe|noscript|xmp)\b/i;
export const MARKDOWN_FALLBACK_WARNING = 'the Markdown could not be read as Markdown; its text is shown as written';

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(['"])(.*)\1$/.exec(trimmed);
  return quoted ? (quoted[2] ?? '') : trimmed;
}

function readFrontMatter(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.split('\n')) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (match && !fields.has(match[1]!.toLowerCase())) fields.set(match[1]!.toLowerCase(), unquote(match[2] ?? ''));
  }
  return fields;
}

function htmlText(html: string): string {
  return extractMainText(parseHtml(html));
}

/** Plain text of inline tokens. */
function inlineText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  let rawUntil: string | null = null; // inside <script>…</script> written inline
  for (const token of tokens) {
    if (rawUntil !== null) {
      if (token.type === 'html' && new RegExp(`^</${rawUntil}\\s*>`, 'i').test(token.text)) rawUntil = null;
      continue;
    }
    switch (token.type) {
      case 'text':
        out += 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeHTML(token.text);
        break;
      case 'escape':
        out += decodeHTML(token.text);
        break;
      case 'codespan':
        out += token.text;
        break;
      case 'br':
        out += '\n';
        break;
      case 'image':
        break;
      case 'html': {
        const raw = RAW_INLINE.exec(token.text);
        if (raw && !/<\/\w+\s*>\s*$/.test(token.text)) rawUntil = raw[1]!;
        else if (/^<br\b/i.test(token.text)) out += '\n';
        else if (!/^<\/?[A-Za-z][^>]*>$/.test(token.text)) out += htmlText(token.text);
        break;
      }
      default:
        if ('tokens' in token && token.tokens) out += inlineText(token.tokens);
        else if ('text' in token && typeof token.text === 'string') out += decodeHTML(token.text);
    }
  }
  return out;
}

function listText(list: Tokens.List, lines: string[]): void {
  const start = typeof list.start === 'number' ? list.start : 1;
  list.items.forEach((item, index) => {
    const marker = list.ordered ? `${start + index}.` : (/^\s*([-*+])/.exec(item.raw)?.[1] ?? '-');
    const itemLines: string[] = [];
    blockLines(item.tokens, itemLines);
    const [first = '', ...rest] = itemLines;
    lines.push(`${marker} ${first}`.trimEnd(), ...rest);
  });
}

/** Appends the plain-text lines of block tokens. */
function blockLines(tokens: readonly Token[], lines: string[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        lines.push('');
        break;
      case 'code':
        lines.push(token.text);
        break;
      case 'heading':
      case 'paragraph':
        lines.push(inlineText(token.tokens));
        break;
      case 'text':
        lines.push('tokens' in token && token.tokens ? inlineText(token.tokens) : decodeHTML(token.text));
        break;
      case 'blockquote':
        blockLines(token.tokens ?? [], lines);
        break;
      case 'list':
        listText(token as Tokens.List, lines);
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) lines.push(row.map((cell) => inlineText(cell.tokens)).join(' | '));
        break;
      }
      case 'html':
        lines.push(htmlText(token.text));
        break;
      default: // hr, def and anything without text
        break;
    }
  }
}

/** Caps nesting that would cost the lexer per level or overflow its stack (see the header). */
function guardNesting(body: string): string {
  return body.replace(DEEP_CONTAINERS, '$1').replace(/^[ \t]{65,}/gm, ' '.repeat(MAX_INDENT));
}

/** Parses a markdown document (line endings already normalised to "\n"). */
export function markdownToText(source: string): MarkdownDocument {
  const front = FRONT_MATTER.exec(source);
  const fields = front ? readFrontMatter(front[1] ?? '') : new Map<string, string>();
  const body = front ? source.slice(front[0].length) : source;
  const dateKey = DATE_KEYS.find((key) => fields.get(key));
  const meta = { title: fields.get('title') || null, date: dateKey ? (fields.get(dateKey) ?? null) : null };
  const lines: string[] = [];
  try {
    blockLines(Lexer.lex(guardNesting(body), { gfm: true }), lines);
  } catch {
    return { text: body.trim(), ...meta, warnings: [MARKDOWN_FALLBACK_WARNING] };
  }
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, ...meta };
}

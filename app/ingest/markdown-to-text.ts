// Markdown article → plain text plus front-matter metadata. Only markup that can be removed without
// changing the meaning is stripped: heading hashes, emphasis markers, link syntax ([t](url) → t),
// images, inline code ticks, blockquote markers, horizontal rules and HTML comments. Lists and
// paragraphs keep their lines. YAML front matter (--- ... ---) supplies `title:` and `date:`.

export interface MarkdownDocument {
  text: string;
  title: string | null;
  /** Raw `date:` (or `published:` / `pubDate:`) front-matter value. */
  date: string | null;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const DATE_KEYS = ['date', 'published', 'pubdate', 'publishdate', 'date_published'];

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

const INLINE_RULES: readonly [RegExp, string][] = [
  [/!\[[^\]]*\]\([^)]*\)/g, ''], // images
  [/!\[[^\]]*\]\[[^\]]*\]/g, ''], // reference images
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'], // inline links
  [/\[([^\]]+)\]\[[^\]]*\]/g, '$1'], // reference links
  [/<(?:https?|mailto):[^>\s]+>/g, ''], // autolinks
  [/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2'], // strong
  [/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2'], // *emphasis*
  [/(^|[^\w_])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2'], // _emphasis_ (not snake_case)
  [/~~(?=\S)([^\n]*?\S)~~/g, '$1'], // strikethrough
  [/`([^`\n]+)`/g, '$1'], // inline code
];

function stripLine(line: string): string | null {
  if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) return null; // link reference definition
  if (/^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/.test(line)) return ''; // horizontal rule
  let out = line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, ''); // ATX heading
  out = out.replace(/^\s{0,3}(?:>\s?)+/, ''); // blockquote
  for (const [pattern, replacement] of INLINE_RULES) out = out.replace(pattern, replacement);
  return out;
}

/** Parses a markdown document (line endings already normalised to "\n"). */
export function markdownToText(source: string): MarkdownDocument {
  const front = FRONT_MATTER.exec(source);
  const fields = front ? readFrontMatter(front[1] ?? '') : new Map<string, string>();
  const body = (front ? source.slice(front[0].length) : source).replace(/<!--[\s\S]*?-->/g, '');
  const lines: string[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      lines.push(line);
      continue;
    }
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && lines.length > 0 && lines[lines.length - 1]!.trim() !== '') continue; // setext underline
    const stripped = stripLine(line);
    if (stripped !== null) lines.push(stripped);
  }
  const text = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const dateKey = DATE_KEYS.find((key) => fields.get(key));
  return { text, title: fields.get('title') || null, date: dateKey ? (fields.get(dateKey) ?? null) : null };
}

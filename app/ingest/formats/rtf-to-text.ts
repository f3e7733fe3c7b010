// A small RTF-to-text converter: control words, groups, \par / \line / \tab, hex escapes (\'hh) in the code page of
// the current font (\fN with the font table's \fcharsetN: 204 → windows-1251, 238 → windows-1250, ...; else the
// document's \ansicpg), \binN binary data skipped, \v hidden text hidden, Unicode escapes (\uN with \ucN fallback
// characters skipped), and the usual typographic symbols. Destinations that are not body text (font, colour and
// style tables, pictures, headers, footers, field instructions, anything marked \*) are skipped; the \info group is
// read only for its \title and its \creatim / \revtim dates. Kept hand-written: it is small, linear and reads what
// WordPad and Word write; TextDecoder (Node 20 and Chromium: every WHATWG encoding) decodes the code pages, except
// 1252 (our own table) and the OEM pages 437/850 that neither has (read with the \ansicpg page).

import { decodeWindows1252 } from '../decode/windows-1252';

export interface RtfText {
  text: string;
  title: string | null;
  /** "YYYY-MM-DDTHH:MM" or a prefix of it. */
  created: string | null;
  revised: string | null;
  /** True when the groups did not close (a truncated file). */
  unbalanced: boolean;
}

interface GroupState {
  skip: boolean;
  /** \v: hidden text. */
  hidden: boolean;
  /** Inside the font table, where \fN \fcharsetN define fonts. */
  fontTable: boolean;
  /** Current font number (\fN), or null for the default font (\deffN). */
  font: number | null;
  unicodeSkip: number;
  capture: 'title' | 'creatim' | 'revtim' | null;
}

const SKIPPED_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'pict',
  'object',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'fldinst',
  'xmlnstbl',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'datastore',
  'filetbl',
  'revtbl',
  'pgdsctbl',
  'private',
  'author',
  'operator',
  'keywords',
  'comment',
  'doccomm',
  'company',
  'subject',
  'category',
  'manager',
  'printim',
  'buptim',
  'footnote',
  'annotation',
  'bkmkstart',
  'bkmkend',
  'field-result-unused',
]);

const SYMBOLS: Record<string, string> = {
  tab: '\t',
  emdash: '\u2014',
  endash: '\u2013',
  lquote: '\u2018',
  rquote: '\u2019',
  ldblquote: '\u201c',
  rdblquote: '\u201d',
  bullet: '\u2022',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
  line: '\n',
  par: '\n\n',
  sect: '\n\n',
  page: '\n\n',
  row: '\n\n',
  cell: '\t',
};

const DBCS_CODE_PAGES: Record<number, string> = { 932: 'shift_jis', 936: 'gbk', 949: 'euc-kr', 950: 'big5', 10000: 'macintosh' };

/** \fcharsetN → Windows code page (the RTF specification's table; 0 and 1 mean the document's \ansicpg). */
const CHARSET_CODE_PAGES: Record<number, number> = {
  77: 10000,
  128: 932,
  129: 949,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  163: 1258,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
};

type ByteDecoder = (bytes: Uint8Array) => string;

/** Code page 1252 (and unknown ones) by our own table: some runtimes' TextDecoder treats it as Latin-1. */
function decoderFor(codePage: number): ByteDecoder {
  if (codePage === 1252) return decodeWindows1252;
  try {
    const decoder = new TextDecoder(DBCS_CODE_PAGES[codePage] ?? `windows-${codePage}`);
    return (bytes) => decoder.decode(bytes);
  } catch {
    return decodeWindows1252;
  }
}

const CONTROL_WORD = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/;

/** Converts RTF source (bytes read one per character, as Latin-1) to plain text and its \info metadata. */
export function rtfToText(source: string): RtfText {
  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, hidden: false, fontTable: false, font: null, unicodeSkip: 1, capture: null };
  let documentDecode = decoderFor(1252);
  const fontDecoders = new Map<number, ByteDecoder>();
  let definingFont: number | null = null;
  let defaultFont: number | null = null;
  const decode = (bytes: Uint8Array): string => {
    const font = state.font ?? defaultFont;
    return ((font !== null ? fontDecoders.get(font) : undefined) ?? documentDecode)(bytes);
  };
  let out = '';
  let title = '';
  const dates: Record<'creatim' | 'revtim', Record<string, number>> = { creatim: {}, revtim: {} };
  let bytes: number[] = [];
  let pendingSkip = 0;
  const flushBytes = (): void => {
    if (bytes.length === 0) return;
    const decoded = decode(Uint8Array.from(bytes));
    bytes = [];
    emit(decoded);
  };
  const emit = (text: string): void => {
    if (state.capture === 'title') title += text;
    else if (!state.skip && !state.hidden) out += text;
  };
  const emitChar = (text: string): void => {
    flushBytes();
    emit(text);
  };
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (char === '{' || char === '}') {
      flushBytes();
      pendingSkip = 0;
      if (char === '{') {
        stack.push(state);
        state = { ...state };
      } else state = stack.pop() ?? state;
      i++;
    } else if (char === '\\') {
      const rest = source.slice(i + 1, i + 45);
      const word = CONTROL_WORD.exec(rest);
      if (word) {
        i += 1 + word[0].length;
        const name = word[1]!;
        const parameter = word[2] === undefined ? null : Number(word[2]);
        if (name === 'bin') {
          i += Math.max(0, parameter ?? 0); // raw binary data, never text
          continue;
        }
        if (pendingSkip > 0 && name !== 'u') {
          pendingSkip--;
          continue;
        }
        flushBytes(); // bytes so far belong to the font (and visibility) in force before this word
        if (state.fontTable) {
          if (name === 'f' && parameter !== null) definingFont = parameter;
          else if (name === 'fcharset' && parameter !== null && definingFont !== null) {
            const codePage = CHARSET_CODE_PAGES[parameter];
            if (codePage !== undefined) fontDecoders.set(definingFont, decoderFor(codePage));
          }
          continue;
        }
        if (name === 'u' && parameter !== null) {
          emitChar(String.fromCharCode(parameter < 0 ? parameter + 65536 : parameter));
          pendingSkip = state.unicodeSkip;
        } else if (name === 'uc' && parameter !== null) state.unicodeSkip = parameter;
        else if (name === 'ansicpg' && parameter !== null) documentDecode = decoderFor(parameter);
        else if (name === 'deff' && parameter !== null) defaultFont = parameter;
        else if (name === 'fonttbl') {
          state.skip = true;
          state.fontTable = true;
        } else if (name === 'f' && parameter !== null) state.font = parameter;
        else if (name === 'plain') {
          state.hidden = false;
          state.font = null;
        } else if (name === 'v') state.hidden = parameter !== 0;
        else if (name === 'info') state.skip = true;
        else if (name === 'title' && state.skip) state.capture = 'title';
        else if (name === 'creatim' || name === 'revtim') state.capture = name;
        else if (state.capture === 'creatim' || state.capture === 'revtim') {
          if (parameter !== null) dates[state.capture][name] = parameter;
        } else if (SKIPPED_DESTINATIONS.has(name)) state.skip = true;
        else if (SYMBOLS[name] !== undefined) emitChar(SYMBOLS[name]);
      } else {
        const symbol = source[i + 1] ?? '';
        i += 2;
        if (symbol === "'") {
          const hex = source.slice(i, i + 2);
          i += 2;
          if (pendingSkip > 0) pendingSkip--;
          else if (/^[0-9a-f]{2}$/i.test(hex)) bytes.push(parseInt(hex, 16));
        } else if (symbol === '*') state.skip = true;
        else if (pendingSkip > 0) pendingSkip--;
        else if (symbol === '\\' || symbol === '{' || symbol === '}') emitChar(symbol);
        else if (symbol === '~') emitChar('\u00a0');
        else if (symbol === '_') emitChar('\u2011');
        else if (symbol === '\n' || symbol === '\r') emitChar('\n\n');
      }
    } else if (char === '\n' || char === '\r') i++;
    else {
      i++;
      if (pendingSkip > 0) pendingSkip--;
      else if (char.charCodeAt(0) >= 0x80) bytes.push(char.charCodeAt(0));
      else emitChar(char);
    }
  }
  flushBytes();
  return {
    text: tidy(out),
    title: title.trim() || null,
    created: dateOf(dates.creatim),
    revised: dateOf(dates.revtim),
    unbalanced: stack.length > 0,
  };
}

function dateOf(parts: Record<string, number>): string | null {
  const pad = (n: number | undefined): string => String(n ?? 0).padStart(2, '0');
  if (!parts.yr) return null;
  if (!parts.mo) return String(parts.yr);
  if (!parts.dy) return `${parts.yr}-${pad(parts.mo)}`;
  const day = `${parts.yr}-${pad(parts.mo)}-${pad(parts.dy)}`;
  return parts.hr === undefined ? day : `${day}T${pad(parts.hr)}:${pad(parts.min)}`;
}

/** Trims each line and keeps at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+$/g, '').replace(/^ +/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

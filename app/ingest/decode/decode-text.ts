// Turns the bytes of a text file into a JavaScript string, and decides whether the bytes are text at all.
//
// Encodings: UTF-8 (with or without BOM), UTF-16 LE/BE when a BOM says so (or, without one, when the
// pattern of zero bytes does; an odd final byte becomes U+FFFD with a warning, never silently dropped). Bytes that are not valid UTF-8
// are read in the charset the document declares (HTML <meta charset>) when the runtime can decode it, else
// as Windows-1252 (legacy "ANSI" files saved by Word/Notepad on Western Windows; also used for the
// latin1/ascii labels, which browsers treat as Windows-1252 too).
// Line endings: CRLF and lone CR are normalised to "\n" and the BOM is dropped, HERE, before anything
// else reads the text. The normalised string is what the Article stores, so every evidence offset the
// extraction pipeline records points into exactly the text the user sees.

import { decodeWindows1252 } from './windows-1252';

/** 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', or a declared legacy charset label. */
export type TextEncodingName = string;

/** Labels the WHATWG Encoding spec maps to windows-1252. */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'ascii',
  'us-ascii',
  'cp819',
  'ibm819',
]);

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  hadBom: boolean;
  /** Problems met while decoding (an odd final byte of UTF-16 text). */
  warnings?: string[];
}

export const ODD_UTF16_BYTE_WARNING = 'the UTF-16 text ends with an odd byte (the file may be cut off); it is shown as \ufffd';

/** How many bytes the binary sniffing looks at. */
const SNIFF_BYTES = 8192;
/** Share of control bytes above which a file without NULs is still considered binary. */
const MAX_CONTROL_SHARE = 0.1;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The encoding announced by a byte-order mark, if any. */
export function detectBom(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 written without a BOM, recognised by its zero bytes: in Latin-script text nearly every other byte
 * is 0 (the high byte of ASCII characters), on the odd side for little-endian, the even side for big-endian.
 */
export function detectBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, SNIFF_BYTES - (SNIFF_BYTES % 2));
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  if (oddZeros / pairs > 0.7 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.7 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * True when the bytes (without a UTF-16 BOM) look like binary data: a NUL byte, or many control
 * characters other than tab, line feed, form feed and carriage return, in the first 8 KB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const bom = detectBom(bytes);
  if ((bom && bom.encoding !== 'utf-8') || (!bom && detectBomlessUtf16(bytes))) return false;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) controls++;
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE;
}

/** "\r\n" and lone "\r" become "\n". */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = Math.floor(bytes.length / 2);
  let out = '';
  const CHUNK = 8192;
  for (let start = 0; start < units; start += CHUNK) {
    const end = Math.min(units, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const lo = bytes[2 * i] ?? 0;
      const hi = bytes[2 * i + 1] ?? 0;
      codes[i - start] = littleEndian ? lo | (hi << 8) : (lo << 8) | hi;
    }
    out += String.fromCharCode(...codes);
  }
  return bytes.length % 2 === 1 ? out + '\ufffd' : out; // a lone final byte is an incomplete code unit
}

function tryDecodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes with a declared legacy charset if the runtime knows it; null otherwise. */
function tryDeclaredCharset(bytes: Uint8Array, label: string | undefined): DecodedText | null {
  if (!label || WINDOWS_1252_LABELS.has(label) || label === 'utf-8' || label === 'utf8') return null;
  try {
    const decoder = new TextDecoder(label);
    return { text: normaliseLineEndings(decoder.decode(bytes)), encoding: decoder.encoding, hadBom: false };
  } catch {
    return null; // unknown label or a runtime without that encoding
  }
}

/** Decodes file bytes to text with normalised line endings (see the header for the rules). */
export function decodeText(bytes: Uint8Array, declaredCharset?: string): DecodedText {
  const bom = detectBom(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const utf16 = bom ? (bom.encoding === 'utf-8' ? null : bom.encoding) : detectBomlessUtf16(bytes);
  let text: string;
  let encoding: TextEncodingName;
  if (utf16) {
    encoding = utf16;
    text = decodeUtf16(body, utf16 === 'utf-16le');
    if (body.length % 2 === 1)
      return { text: normaliseLineEndings(text), encoding, hadBom: bom !== null, warnings: [ODD_UTF16_BYTE_WARNING] };
  } else {
    const utf8 = tryDecodeUtf8(body);
    const declared = utf8 === null && !bom ? tryDeclaredCharset(body, declaredCharset) : null;
    if (declared) return declared;
    encoding = utf8 === null && !bom ? 'windows-1252' : 'utf-8';
    text = utf8 ?? (bom ? new TextDecoder('utf-8').decode(body) : decodeWindows1252(body));
  }
  return { text: normaliseLineEndings(text), encoding, hadBom: bom !== null };
}

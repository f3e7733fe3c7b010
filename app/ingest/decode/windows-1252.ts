// Windows-1252 ("ANSI", Western European) decoding, implemented here so that it never depends on the
// runtime's TextDecoder shipping the legacy encodings (small-ICU builds and some workers do not).
// Bytes 0x00–0x7F and 0xA0–0xFF map to the same code points; 0x80–0x9F use the table below, and the five
// bytes Windows-1252 leaves undefined map to the C1 control of the same value, as the WHATWG Encoding spec does.

const HIGH_CONTROL_RANGE: readonly number[] = [
  0x20ac,
  0x0081,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021, // 0x80–0x87
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  0x008d,
  0x017d,
  0x008f, // 0x88–0x8F
  0x0090,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014, // 0x90–0x97
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  0x009d,
  0x017e,
  0x0178, // 0x98–0x9F
];

/** Code point of one Windows-1252 byte. */
export function windows1252CodePoint(byte: number): number {
  if (byte >= 0x80 && byte <= 0x9f) return HIGH_CONTROL_RANGE[byte - 0x80] ?? byte;
  return byte;
}

/** Decodes Windows-1252 bytes; every byte maps to exactly one UTF-16 code unit. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  let out = '';
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    const end = Math.min(bytes.length, offset + CHUNK);
    const units = new Array<number>(end - offset);
    for (let i = offset; i < end; i++) units[i - offset] = windows1252CodePoint(bytes[i] ?? 0);
    out += String.fromCharCode(...units);
  }
  return out;
}

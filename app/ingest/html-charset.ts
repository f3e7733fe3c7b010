// Finds the character encoding an HTML file declares in its first 1024 bytes
// (<meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">), as the
// HTML spec's prescan does, so legacy pages (Shift_JIS, KOI8-R, ISO-8859-x, ...) decode correctly.

const PRESCAN_BYTES = 1024;

/** The declared charset label, lower-cased, or null. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  let head = '';
  for (const byte of bytes.subarray(0, PRESCAN_BYTES)) head += String.fromCharCode(byte);
  const direct = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return direct?.[1] ? direct[1].toLowerCase() : null;
}

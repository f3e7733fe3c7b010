// Finds the character encoding an HTML file declares, with html-encoding-sniffer: the HTML standard's
// prescan of the first 1024 bytes (<meta charset> and <meta http-equiv="Content-Type">), which skips
// comments and reads real attributes only (a `data-charset` or a <meta> inside a comment does not count),
// and maps a declared UTF-16 to UTF-8, as the standard says (a page whose bytes were single-byte text cannot
// really be UTF-16; decode-text.ts then warns when the bytes are not valid UTF-8 either).
/// <reference path="./html-encoding-sniffer.d.ts" />

import sniffHtmlEncoding from 'html-encoding-sniffer';

/** The declared charset's WHATWG name, lower-cased, or null when the page declares none. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const name = sniffHtmlEncoding(bytes, { defaultEncoding: null });
  return name ? name.toLowerCase() : null;
}

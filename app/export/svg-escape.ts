// Makes arbitrary strings (event labels, titles from articles) safe inside SVG/XML text and attributes:
// the five special characters are escaped and characters XML 1.0 forbids are removed, so a label like
// "<script>" stays visible text and the document always parses.

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Characters outside the XML 1.0 Char production (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/F). */
/* eslint-disable no-control-regex -- matching the control characters XML forbids is the point */
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** Escapes text for use as element content or a quoted attribute value. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
}

// A minimal, forgiving XML scanner for the parts of office and PDF files we read (DOCX document.xml and
// core.xml): start/end tags with qualified names, and text with the XML entities decoded. Comments,
// processing instructions and DOCTYPEs are skipped; CDATA is returned as text. No DTDs, no entity expansion.

export type XmlToken =
  | { kind: 'open'; name: string; attributes: string; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes &lt; &gt; &amp; &quot; &apos; and numeric references; anything else stays as written. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body] ?? whole;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Tokens in document order. */
export function* scanXml(xml: string): Generator<XmlToken> {
  let position = 0;
  while (position < xml.length) {
    const lt = xml.indexOf('<', position);
    if (lt < 0) {
      yield { kind: 'text', text: decodeXmlEntities(xml.slice(position)) };
      return;
    }
    if (lt > position) yield { kind: 'text', text: decodeXmlEntities(xml.slice(position, lt)) };
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      position = end < 0 ? xml.length : end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      yield { kind: 'text', text: xml.slice(lt + 9, end < 0 ? xml.length : end) };
      position = end < 0 ? xml.length : end + 3;
    } else {
      const gt = xml.indexOf('>', lt + 1);
      if (gt < 0) return;
      const inner = xml.slice(lt + 1, gt);
      position = gt + 1;
      if (inner.startsWith('?') || inner.startsWith('!')) continue;
      if (inner.startsWith('/')) {
        yield { kind: 'close', name: inner.slice(1).trim() };
        continue;
      }
      const selfClosing = inner.endsWith('/');
      const body = selfClosing ? inner.slice(0, -1) : inner;
      const nameEnd = body.search(/\s/);
      const name = nameEnd < 0 ? body : body.slice(0, nameEnd);
      yield { kind: 'open', name, attributes: nameEnd < 0 ? '' : body.slice(nameEnd), selfClosing };
    }
  }
}

/** The text of the first element with this qualified name (e.g. "dc:title"), trimmed; null when absent or empty. */
export function firstElementText(xml: string, name: string): string | null {
  let depth = 0;
  let text = '';
  for (const token of scanXml(xml)) {
    if (token.kind === 'open' && token.name === name && !token.selfClosing) depth++;
    else if (token.kind === 'close' && token.name === name && depth > 0) {
      depth--;
      if (depth === 0) return text.trim() === '' ? null : text.trim();
    } else if (token.kind === 'text' && depth > 0) text += token.text;
  }
  return null;
}

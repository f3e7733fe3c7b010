// Decodes HTML character references: numeric (&#8212; &#x2014;) and the named ones news pages use
// (all of Latin-1 plus common typography). Unknown names are left as written, as browsers do.

import { windows1252CodePoint } from './windows-1252';

const LATIN1_NAMES = [
  'nbsp', 'iexcl', 'cent', 'pound', 'curren', 'yen', 'brvbar', 'sect', 'uml', 'copy', 'ordf', 'laquo', 'not', 'shy',
  'reg', 'macr', 'deg', 'plusmn', 'sup2', 'sup3', 'acute', 'micro', 'para', 'middot', 'cedil', 'sup1', 'ordm',
  'raquo', 'frac14', 'frac12', 'frac34', 'iquest', 'Agrave', 'Aacute', 'Acirc', 'Atilde', 'Auml', 'Aring', 'AElig',
  'Ccedil', 'Egrave', 'Eacute', 'Ecirc', 'Euml', 'Igrave', 'Iacute', 'Icirc', 'Iuml', 'ETH', 'Ntilde', 'Ograve',
  'Oacute', 'Ocirc', 'Otilde', 'Ouml', 'times', 'Oslash', 'Ugrave', 'Uacute', 'Ucirc', 'Uuml', 'Yacute', 'THORN',
  'szlig', 'agrave', 'aacute', 'acirc', 'atilde', 'auml', 'aring', 'aelig', 'ccedil', 'egrave', 'eacute', 'ecirc',
  'euml', 'igrave', 'iacute', 'icirc', 'iuml', 'eth', 'ntilde', 'ograve', 'oacute', 'ocirc', 'otilde', 'ouml',
  'divide', 'oslash', 'ugrave', 'uacute', 'ucirc', 'uuml', 'yacute', 'thorn', 'yuml',
] as const;

const OTHER_NAMED: Record<string, number> = {
  amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27,
  ndash: 0x2013, mdash: 0x2014, hellip: 0x2026, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a,
  ldquo: 0x201c, rdquo: 0x201d, bdquo: 0x201e, lsaquo: 0x2039, rsaquo: 0x203a, bull: 0x2022,
  dagger: 0x2020, Dagger: 0x2021, permil: 0x2030, prime: 0x2032, Prime: 0x2033, euro: 0x20ac,
  trade: 0x2122, minus: 0x2212, thinsp: 0x2009, ensp: 0x2002, emsp: 0x2003, zwnj: 0x200c, zwj: 0x200d,
  lrm: 0x200e, rlm: 0x200f, OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178,
  fnof: 0x192, circ: 0x2c6, tilde: 0x2dc, larr: 0x2190, rarr: 0x2192, uarr: 0x2191, darr: 0x2193,
  NewLine: 0x0a, Tab: 0x09,
};

const NAMED: ReadonlyMap<string, number> = new Map<string, number>([
  ...LATIN1_NAMES.map((name, i): [string, number] => [name, 0xa0 + i]),
  ...Object.entries(OTHER_NAMED),
]);

function numericReference(digits: string, hex: boolean): string {
  let code = Number.parseInt(digits, hex ? 16 : 10);
  if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f) code = windows1252CodePoint(code); // as the HTML spec prescribes
  return String.fromCodePoint(code);
}

/** Replaces character references in text or attribute values. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g, (whole, dec, hex, name) => {
    if (dec !== undefined) return numericReference(dec as string, false);
    if (hex !== undefined) return numericReference(hex as string, true);
    const code = NAMED.get(name as string);
    return code === undefined ? whole : String.fromCodePoint(code);
  });
}

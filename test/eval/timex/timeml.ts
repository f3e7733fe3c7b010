// Reads TempEval-3 TimeML files (DCT + plain TEXT) and writes copies whose TEXT carries our TIMEX3 tags.

import type { Timex } from '../../../app/model/timex';

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, e: string) => {
    if (e.startsWith('#')) return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? whole;
  });
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeXml(s).replace(/"/g, '&quot;');

export interface TimeMLDocument {
  dct: string | null;
  text: string;
  /** Rebuilds the file with `timexes` as the only tags inside TEXT. */
  withTimexes(timexes: readonly Timex[]): string;
}

export function readTimeML(xml: string): TimeMLDocument {
  const dctBlock = /<DCT\b[^>]*>([\s\S]*?)<\/DCT>/.exec(xml)?.[1] ?? '';
  const dct = /value="(\d{4}-\d{2}-\d{2})/.exec(dctBlock)?.[1] ?? null;
  const textMatch = /(<TEXT\b[^>]*>)([\s\S]*?)(<\/TEXT>)/.exec(xml);
  if (!textMatch) throw new Error('no <TEXT> element');
  const text = decodeEntities((textMatch[2] ?? '').replace(/<[^>]*>/g, ''));
  const before = xml.slice(0, textMatch.index + (textMatch[1] ?? '').length);
  const after = xml.slice(textMatch.index + textMatch[0].length - (textMatch[3] ?? '').length);
  return {
    dct,
    text,
    withTimexes(timexes) {
      let body = '';
      let cursor = 0;
      timexes.forEach((t, i) => {
        const attrs = [`tid="t${i + 1}"`, `type="${t.type}"`, `value="${escapeAttr(t.value)}"`];
        if (t.quant) attrs.push(`quant="${escapeAttr(t.quant)}"`);
        if (t.freq) attrs.push(`freq="${escapeAttr(t.freq)}"`);
        body += escapeXml(text.slice(cursor, t.start)) + `<TIMEX3 ${attrs.join(' ')}>${escapeXml(text.slice(t.start, t.end))}</TIMEX3>`;
        cursor = t.end;
      });
      return before + body + escapeXml(text.slice(cursor)) + after;
    },
  };
}

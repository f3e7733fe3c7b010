// MEANTIME (CAT XML) temporal scoring: rebuilds each document's text from its tokens, tags it,
// and scores TIMEX3 over token spans (relaxed = overlap, strict = same tokens, value = equal value).
// MEANTIME annotates only the first sentences of each article (title, date line and about four more),
// so system expressions after the last sentence holding any annotation are not scored.

import type { Timex } from '../../../app/model/timex';
import { decodeEntities } from './timeml';

interface Span {
  first: number;
  last: number;
  value: string;
} // token indexes, inclusive

export interface MeantimeDocument {
  text: string;
  dct: string | null;
  gold: Span[];
  /** Token indexes of the creation-time expression (the dateline), excluded from scoring. */
  dctTokens: Set<number>;
  /** Index of the first token after the annotated part of the document. */
  annotatedTokenEnd: number;
  toTokenSpan(timex: Timex): Span | null;
  tokenText(span: Span): string;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]'’]|n't|'s|'re|'ll|'ve|'d)$/i;

/** The corpus's creation times are ISO dates, except a few written day-month-year ("03-02-2009"). */
export function isoDate(value: string): string | null {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value);
  if (iso) return iso[0];
  const dayFirst = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value);
  return dayFirst ? `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}` : null;
}

export function readMeantime(xml: string): MeantimeDocument {
  const tokenRe = /<token\b[^>]*\bsentence="(\d+)"[^>]*\bt_id="(\d+)"[^>]*>([\s\S]*?)<\/token>/g;
  const tokens: { id: string; sentence: number; start: number; end: number }[] = [];
  let text = '';
  let sentence = '';
  let noSpaceNext = false;
  for (let m = tokenRe.exec(xml); m; m = tokenRe.exec(xml)) {
    const word = decodeEntities(m[3] ?? '');
    if (text) text += m[1] !== sentence ? '\n' : noSpaceNext || NO_SPACE_BEFORE.test(word) ? '' : ' ';
    sentence = m[1] ?? '';
    tokens.push({ id: m[2] ?? '', sentence: Number(m[1]), start: text.length, end: text.length + word.length });
    text += word;
    noSpaceNext = /^[($“"]$/.test(word);
  }
  const indexOfId = new Map(tokens.map((t, i) => [t.id, i]));
  const gold: Span[] = [];
  const dctTokens = new Set<number>();
  let dct: string | null = null;
  const timexRe = /<TIMEX3\b([^>]*?)>([\s\S]*?)<\/TIMEX3>/g;
  for (let m = timexRe.exec(xml); m; m = timexRe.exec(xml)) {
    const attrs = m[1] ?? '';
    const value = /\bvalue="([^"]*)"/.exec(attrs)?.[1] ?? '';
    const anchors = [...(m[2] ?? '').matchAll(/t_id="(\d+)"/g)].map((a) => indexOfId.get(a[1] ?? '') ?? -1).filter((i) => i >= 0);
    if (/functionInDocument="CREATION_TIME"/.test(attrs)) {
      dct = isoDate(value);
      anchors.forEach((i) => dctTokens.add(i));
      continue;
    }
    if (anchors.length) gold.push({ first: Math.min(...anchors), last: Math.max(...anchors), value });
  }
  gold.sort((a, b) => a.first - b.first);
  const annotatedIds = [...xml.matchAll(/<token_anchor t_id="(\d+)"/g)].map((a) => indexOfId.get(a[1] ?? '') ?? 0);
  const lastSentence = Math.max(0, ...annotatedIds.map((i) => tokens[i]?.sentence ?? 0));
  const firstAfter = tokens.findIndex((t) => t.sentence > lastSentence);
  const annotatedTokenEnd = firstAfter < 0 ? tokens.length : firstAfter;
  return {
    text,
    dct,
    gold,
    dctTokens,
    annotatedTokenEnd,
    tokenText: (span) => text.slice(tokens[span.first]?.start ?? 0, tokens[span.last]?.end ?? 0),
    toTokenSpan(timex) {
      const inside = tokens.map((t, i) => (t.start < timex.end && t.end > timex.start ? i : -1)).filter((i) => i >= 0);
      return inside.length ? { first: inside[0]!, last: inside[inside.length - 1]!, value: timex.value } : null;
    },
  };
}

export interface Counts {
  gold: number;
  sys: number;
  relaxed: number;
  strict: number;
  value: number;
}

/** Adds one document's counts: one-to-one greedy pairing of overlapping spans, left to right. */
export function scoreDocument(
  doc: MeantimeDocument,
  timexes: readonly Timex[],
  counts: Counts,
  errors: string[] | null,
  name: string,
): void {
  const system = timexes
    .map((t) => doc.toTokenSpan(t))
    .filter((s): s is Span => s !== null)
    .filter((s) => !doc.dctTokens.has(s.first) && s.first < doc.annotatedTokenEnd);
  const used = new Set<number>();
  counts.gold += doc.gold.length;
  counts.sys += system.length;
  for (const g of doc.gold) {
    const k = system.findIndex((s, i) => !used.has(i) && s.first <= g.last && s.last >= g.first);
    if (k < 0) {
      errors?.push(`${name}\tMISSED\t${spanText(doc, g)} ${g.value}`);
      continue;
    }
    used.add(k);
    const s = system[k]!;
    counts.relaxed++;
    if (s.first === g.first && s.last === g.last) counts.strict++;
    if (s.value === g.value) counts.value++;
    else errors?.push(`${name}\tVALUE\tgold=${spanText(doc, g)} ${g.value}\tsys=${spanText(doc, s)} ${s.value}`);
  }
  system.forEach((s, i) => {
    if (!used.has(i)) errors?.push(`${name}\tSPURIOUS\t${spanText(doc, s)} ${s.value}`);
  });
}

function spanText(doc: MeantimeDocument, span: Span): string {
  return JSON.stringify(doc.tokenText(span));
}

// The place of a news agency's dateline, written in capitals at the start of a line: "ADDIS ABABA, Ethiopia (AP)_ The
// Organization of African Unity ...", "CAGUAS, Puerto Rico (AP)_", "JERUSALEM (AP)_", "WASHINGTON _ Following are"
// (TimeBank, the development part of TempEval-3). Without this pass each word in capitals became an organisation
// acronym ("ADDIS", "ABABA"). The place is named in title case ("Addis Ababa"), as the gazetteer knows it where it does.
// A headline in capitals ("TROOPS ENTER TOWN") has no comma, agency or dash after its first words and is not a dateline;
// "LONDON — For the second time" (WikiEvents dev) is one.

import { lookupPhrase } from './gazetteer';
import { cover, type SentenceTokens } from './sentence-tokens';
import type { EntityMention } from './types';

export const DATELINE_PLACE_RULE = 'place-dateline';

/**
 * Up to four words in capitals, then ", Region" and "(Agency)" (each optional), then a dash or underscore that is no
 * hyphen ("US-backed militias" is no dateline). Group 2 / 3: the region / agency.
 */
const DATELINE = new RegExp(
  [
    String.raw`^((?:[A-Z][A-Z.'’-]+)(?: [A-Z][A-Z.'’-]+){0,3})`, // ADDIS ABABA
    String.raw`(, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2})? ?`, // , Ethiopia
    String.raw`(\([^()\n]{1,30}\))?`, // (AP)
    String.raw`(?: ?[_—–]| -{1,2})(?:\s|$)`, // _
  ].join(''),
);

const titleCase = (word: string): string =>
  word.toLowerCase().replace(/(^|[\s.'’-])(\p{L})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase());

/** Adds the dateline place of a sentence that opens a line with one (and covers its tokens). */
export function addDatelinePlace(st: SentenceTokens, text: string, out: EntityMention[]): void {
  const { sentence, tokens } = st;
  if (sentence.start > 0 && text[sentence.start - 1] !== '\n') return;
  const m = DATELINE.exec(sentence.text.slice(0, 120));
  if (!m) return;
  const end = sentence.start + m[1]!.length;
  const count = tokens.findIndex((t) => t.start >= end);
  const to = count === -1 ? tokens.length : count;
  if (to === 0) return;
  const name = titleCase(m[1]!);
  const known = lookupPhrase(name);
  const place = known && (known.kind === 'place' || known.capital) ? known : undefined;
  // A word in capitals the gazetteer does not know is a place only with its region or agency: "FILE - A police officer
  // stands outside the mosque" (a photo caption, WikiEvents dev) is not.
  if (!known && !m[2] && !m[3]) return;
  out.push({
    kind: 'place',
    name: place?.name ?? name,
    start: sentence.start,
    end,
    text: m[1]!,
    ruleId: DATELINE_PLACE_RULE,
    ...(place?.country ? { country: place.country } : {}),
  });
  cover(st, 0, to);
}

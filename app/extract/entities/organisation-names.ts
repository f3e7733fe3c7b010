// Organisation and facility names the gazetteer does not hold, found after the person and organisation passes:
// - acronyms: a word of 2–6 capitals that no other rule took ("YPG", "EADS", "VOA"), except common abbreviations that
//   name no organisation ("TV", "CEO", "GMT", "IED", "SDK"), model codes with digits ("A380") and text in capitals;
// - airlines and air forces named "Air <Name>" ("Air France", "Air India", "US Air Force"): the country inside is no place;
//   an online store ("iTunes Music Store", "App Store") is a product, not a company head word;
// - names ending in an organisation head word ("Syrian Observatory for Human Rights", "National Defense Forces",
//   "Greater Manchester Police", "Lockheed Martin Corp"): they replace a person or country read inside them;
// - facilities and named districts ("Camp Shorabak", "Bagram Air Base", "Murrah Federal Building", "Oxford Street",
//   "Helmand Province", "Shah Wali Kot district" is lower case and not taken): places; so are seas, rivers and other
//   natural features (natural-features.ts), names after "the town of" and the like (settlement-of.ts), and names
//   before "district" or "street" or after a Spanish or French head word (named-by-kind.ts).
// - short forms: the first word of such an organisation name, alone elsewhere in the article ("Apple" after "Apple
//   Computer", "Northrop" after "Northrop Grumman Corp"), is that organisation.
// A run of the person pass ending in a head word never became a person (NON_PERSON_HEADS); these rules name it.

import type { SentenceTokens } from './sentence-tokens';
import type { EntityMention } from './types';
import { settlementsOf } from './settlement-of';
import { namedByKind } from './named-by-kind';
import { NATURAL_FEATURE, NATURAL_FEATURE_RULE, naturalFeatureShortForms } from './natural-features';

export const ORGANISATION_ACRONYM_RULE = 'organisation-acronym';
export const ORGANISATION_HEAD_RULE = 'organisation-head-word';
export const FACILITY_RULE = 'place-facility';
export const ORGANISATION_SHORT_FORM_RULE = 'organisation-short-form';
export const ORGANISATION_AIR_RULE = 'organisation-air';

const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;
/** Capitals that are abbreviations of things, units or times, not organisations. */
const NOT_ORGANISATION_ACRONYMS = new Set(
  (
    'TV AM PM GMT UTC EST EDT BST CET CEO CFO COO CTO OK ID DNA HIV AIDS COVID SARS GDP VAT SUV PC AI IT II III IV VI VII VIII IX XI XII ' +
    'IED IEDs RPG SMS PDF FILE NEW MP MPs PhD MBA USD EUR GBP BC AD KM MPH UAV UAVs VIP CCTV HQ RIP LGBT LGBTQ ATM GPS ' +
    // Computing and electronics abbreviations ("Mac OS X", "the iPhone SDK", "LCD screens").
    'OS OSX SDK API LCD LED USB CPU GPU RAM ROM DVD CD CDs HD HDTV PDA URL PIN WiFi GB MB KB'
  ).split(' '),
);
const HEADS =
  'Corp|Corporation|Inc|Ltd|Company|Group|Airlines|Airways|Bank|University|Institute|Forces|Army|Navy|Police|Front|Brigades?|' +
  'Movement|Observatory|Association|Union|Federation|Court|Guard|Network|Motors|Systems|Technologies|Industries|Holdings|' +
  'Foundation|Alliance|Coalition|Service|Office|Times|Post|Journal|Authority|Directorate|Corps|Battalion|Regiment|' +
  'Computer|Computers|Software|Electronics|Aerospace|Airplanes|Labs|Laboratories|Studios|Pictures|Pharmaceuticals|' +
  'PLC|Plc|LLC|LLP|Brothers|Associates|Assembly|Tribunal';
/** Head words that also open a name with "of" ("University of York", "Ministry of Defence", "Bank of England"). */
const HEADS_BEFORE_OF = 'University|Institute|College|Academy|Museum|Bank|Ministry|Department|Court|Council|Office';
const HEAD_BEFORE_OF = new RegExp(`^(?:${HEADS_BEFORE_OF})$`);
const ORGANISATION_HEAD = new RegExp(
  `\\b(?:(?:\\p{Lu}[\\p{L}&.-]*\\s+){1,4}(?:${HEADS})\\b\\.?|(?:${HEADS_BEFORE_OF})(?=\\s+of\\s))` +
    `(?:\\s+(?:for|of)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}-]*){0,3})?`,
  'gu',
);
/** "Air France", "Air India", "the U.S. Air Force", "Royal Air Force"; not "Air Show", "Air Base", "Air Marshal". */
const AIR_NAME =
  /\b(?:(?:\p{Lu}[\p{L}.]*\s+){0,2}Air\s+Force|Air\s+(?!Show|Base|Station|Strikes?|Raids?|Power|Defen[cs]e|Marshal|Chief|Force|Flight|Quality|Traffic|Cargo)\p{Lu}\p{Ll}[\p{L}-]*)\b/gu;
const FACILITY = new RegExp(
  "\\b(?:(?:Camp|Fort)\\s+\\p{Lu}[\\p{L}'’-]+|(?:Rue|Calle|Avenida|Plaza|Boulevard)(?:\\s+(?:(?:de|del|du|des|la)\\s+)?\\p{Lu}[\\p{L}'’-]+){1,3}|(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}(?:Air\\s+Base|Airbase|Airfield|Base|Airport|Building|" +
    'Station|Square|Street|Road|Barracks|Room|Castle|Palace|Hospital|Mosque|Church|Market|Bridge|Hotel|Stadium|Prison|' +
    'Center|Centre|Cafe|Café|Restaurant|Theater|Theatre|Factory|Motel|Shop|' +
    'Province|District|Governorate|County|Oblast|City))\\b(?!\\s+(?:for|of)\\b)',
  'gu',
);
const LEADING_ARTICLE = /^(?:The|A|An|In|On|At|By|For|From|With|Of|To|And|But)\s+/;

/** Whether most letter tokens of the sentence are capitals (a headline or a caption in capitals). */
function writtenInCapitals(st: SentenceTokens): boolean {
  const letters = st.tokens.filter((t) => /\p{L}/u.test(t.text));
  return letters.length > 3 && letters.filter((t) => t.text === t.text.toUpperCase()).length * 2 > letters.length;
}

function acronyms(st: SentenceTokens, text: string): EntityMention[] {
  if (writtenInCapitals(st)) return [];
  const out: EntityMention[] = [];
  st.tokens.forEach((t, i) => {
    // With a digit it is a model or product code ("A380", "A400M", "MP3"); G7, G20 or M23 come from the gazetteer.
    if (st.covered[i] || !ACRONYM.test(t.text) || NOT_ORGANISATION_ACRONYMS.has(t.text) || /\d/.test(t.text)) return;
    if (text[t.end] === '$') return; // "US$40 billion", "HK$": a currency
    out.push({
      kind: 'organisation',
      name: t.text,
      start: t.start,
      end: t.end,
      text: text.slice(t.start, t.end),
      ruleId: ORGANISATION_ACRONYM_RULE,
    });
  });
  return out;
}

function headWordNames(pattern: RegExp, st: SentenceTokens, kind: 'organisation' | 'place', ruleId: string): EntityMention[] {
  const out: EntityMention[] = [];
  pattern.lastIndex = 0;
  const { text, start: base } = st.sentence;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const lead = LEADING_ARTICLE.exec(m[0])?.[0].length ?? 0;
    const raw = m[0].slice(lead).replace(/\.$/, (dot) => (/\b(?:Corp|Inc|Ltd)\.$/.test(m![0]) ? dot : ''));
    if (!/\s/.test(raw) && kind === 'organisation') continue;
    const start = base + m.index + lead;
    out.push({ kind, name: raw.replace(/\s+/g, ' '), start, end: start + raw.length, text: raw, ruleId });
  }
  return out;
}

/**
 * `found` (the mentions of the earlier passes, any order) with the names of these rules added; a name of these rules
 * replaces the person-name, country or fallback-place mentions inside it, and never a titled person or a known entity.
 */
export function addOrganisationAndFacilityNames(
  text: string,
  sentences: readonly SentenceTokens[],
  found: EntityMention[],
): EntityMention[] {
  const added: EntityMention[] = [];
  for (const st of sentences) {
    added.push(...acronyms(st, text));
    added.push(...headWordNames(ORGANISATION_HEAD, st, 'organisation', ORGANISATION_HEAD_RULE));
    if (st.sentence.text.includes('Air ')) added.push(...headWordNames(AIR_NAME, st, 'organisation', ORGANISATION_AIR_RULE));
    added.push(...headWordNames(FACILITY, st, 'place', FACILITY_RULE));
    added.push(...headWordNames(NATURAL_FEATURE, st, 'place', NATURAL_FEATURE_RULE));
    added.push(...settlementsOf(st));
    added.push(...namedByKind(st));
  }
  if (added.length === 0) return found;
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const removed = new Set<EntityMention>();
  const kept: EntityMention[] = [];
  let k = 0;
  // At one start the longest name is tried first: "RJR Nabisco Inc." (TimeBank), not the acronym "RJR" inside it.
  for (const a of added.sort((x, y) => x.start - y.start || y.end - x.end)) {
    while (k < sorted.length && sorted[k]!.end <= a.start) k++;
    const inside: EntityMention[] = [];
    for (let j = k; j < sorted.length && sorted[j]!.start < a.end; j++) inside.push(sorted[j]!);
    const blocked = inside.some(
      (e) =>
        e.ruleId === 'person-titled' ||
        // A known organisation inside is kept, unless the name only adds a head word after it ("Aer Lingus Group PLC").
        (e.kind === 'organisation' && !(e.ruleId === 'organisation-known' && e.start === a.start && e.end < a.end)) ||
        (e.kind === 'country' && e.start === a.start && e.end === a.end) || // a known state: "Soviet Union"
        (e.kind === 'place' && a.kind === 'place' && e.start === a.start && e.end === a.end) || // a known place: "Oklahoma City"
        e.start < a.start ||
        e.end > a.end,
    );
    if (blocked || kept.some((e) => e.end > a.start)) continue;
    for (const e of inside) removed.add(e);
    kept.push(a);
  }
  const result = [...found.filter((e) => !removed.has(e)), ...kept];
  return [...result, ...shortForms(text, sentences, kept, result), ...naturalFeatureShortForms(text, sentences, kept, result)];
}

/** "Apple" after "Apple Computer": uncovered single words that begin a head-word organisation name of the article. */
function shortForms(
  text: string,
  sentences: readonly SentenceTokens[],
  organisations: readonly EntityMention[],
  all: readonly EntityMention[],
): EntityMention[] {
  const byFirstWord = new Map<string, string>();
  for (const o of organisations) {
    const first = o.name.split(' ')[0]!;
    // "University of York": the head word opens the name and is no short form of it.
    if (HEAD_BEFORE_OF.test(first)) continue;
    if (o.ruleId === ORGANISATION_HEAD_RULE && first.length >= 3 && /^\p{Lu}\p{Ll}/u.test(first) && !byFirstWord.has(first))
      byFirstWord.set(first, o.name);
  }
  if (byFirstWord.size === 0) return [];
  const taken = [...all].sort((a, b) => a.start - b.start);
  const out: EntityMention[] = [];
  let k = 0;
  for (const st of sentences) {
    st.tokens.forEach((t, i) => {
      const bare = /^(.+?)['’]s?$/u.exec(t.text)?.[1] ?? t.text;
      const name = byFirstWord.get(bare);
      if (!name || st.covered[i]) return;
      while (k < taken.length && taken[k]!.end <= t.start) k++;
      if (k < taken.length && taken[k]!.start < t.end) return; // inside another mention ("Apple Computer" itself)
      const end = t.start + bare.length;
      out.push({ kind: 'organisation', name, start: t.start, end, text: text.slice(t.start, end), ruleId: ORGANISATION_SHORT_FORM_RULE });
    });
  }
  return out;
}

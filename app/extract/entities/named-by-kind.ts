// Places named by a lower-case word for the kind of place after them, and facilities named the Spanish, French or
// Italian way, head word first (WikiEvents dev: wiki_ied_bombings_1_news_4, road_ied_12, scenario_en_kairos_61,
// wiki_ied_bombings_9, scenario_en_8):
// - "the Old Park district", "Shah Wali Kot district", "the Baltimore area": the capitalised name is the place (the
//   person pass read "Old Park" and "Shah Wali Kot" as people); "Victor Hugo street", "Deerpark road": the street,
//   with its word, is the place, not the person it is named after;
// - "Cafetería Rolando", "Hotel Intercontinental", "Hospital Universitario de Caracas": a place; "Universidad de Los
//   Andes": an organisation, as "University of York" is.
// The names replace a person or fallback reading inside them, never a known place, country, titled person or
// organisation (organisation-names.ts). Not before "hall", "council" or "police" ("a Trump town hall meeting").

import { NON_NAME_WORDS } from './gazetteer-data';
import type { SentenceTokens } from './sentence-tokens';
import type { EntityMention } from './types';

export const NAMED_AREA_RULE = 'place-named-area';
export const HEAD_FIRST_RULE = 'place-head-first';
export const ORGANISATION_HEAD_FIRST_RULE = 'organisation-head-first';

const WORD = "\\p{Lu}[\\p{L}'’-]*\\p{Ll}";
const AREA_AFTER = 'district|neighbou?rhood|suburb|province|region|village|town|county|municipality|governorate|area';
const STREET_AFTER = 'street|avenue|road|square|boulevard';
const NOT_AFTER = '(?!\\s+(?:hall|halls|council|councils|police|officials?|centre|center|meeting)\\b)';
const NAMED_AREA = new RegExp(`\\b((?:${WORD}\\s+){0,2}${WORD})\\s+(${AREA_AFTER}|${STREET_AFTER})\\b${NOT_AFTER}`, 'gu');
const STREET = new RegExp(`^(?:${STREET_AFTER})$`, 'u');

const PARTICLE = "(?:(?:de|del|la|las|los|le|les|du|des|di|da|do|dos|l'|d')\\s*)";
const PLACE_HEADS_FIRST =
  'Cafetería|Café|Hotel|Hôtel|Hospital|Hôpital|Museo|Musée|Teatro|Théâtre|Iglesia|Mercado|Estación|Gare|Aeropuerto|Aéroport|' +
  'Palacio|Palais|Parque|Barrio';
const ORGANISATION_HEADS_FIRST = 'Universidad|Universidade|Université|Università|Universität';
const HEAD_FIRST = new RegExp(`\\b(${PLACE_HEADS_FIRST}|${ORGANISATION_HEADS_FIRST})((?:\\s+${PARTICLE}*${WORD}){1,3})\\b`, 'gu');
const ORGANISATION_HEAD = new RegExp(`^(?:${ORGANISATION_HEADS_FIRST})$`, 'u');

/** The places and organisations these rules name in one sentence. */
export function namedByKind(st: SentenceTokens): EntityMention[] {
  const { text, start: base } = st.sentence;
  const out: EntityMention[] = [];
  NAMED_AREA.lastIndex = 0;
  for (let m = NAMED_AREA.exec(text); m; m = NAMED_AREA.exec(text)) {
    const words = m[1]!.split(/\s+/);
    while (words.length > 0 && NON_NAME_WORDS.has(words[0]!)) words.shift(); // "In Helmand province", "The Old Park district"
    if (words.length === 0) continue;
    const at = m.index + m[1]!.lastIndexOf(words[0]!);
    const written = STREET.test(m[2]!) ? text.slice(at, m.index + m[0].length) : text.slice(at, m.index + m[1]!.length);
    out.push({
      kind: 'place',
      name: written.replace(/\s+/g, ' '),
      start: base + at,
      end: base + at + written.length,
      text: written,
      ruleId: NAMED_AREA_RULE,
    });
  }
  HEAD_FIRST.lastIndex = 0;
  for (let m = HEAD_FIRST.exec(text); m; m = HEAD_FIRST.exec(text)) {
    const kind = ORGANISATION_HEAD.test(m[1]!) ? 'organisation' : 'place';
    const written = m[0];
    const start = base + m.index;
    out.push({
      kind,
      name: written.replace(/\s+/g, ' '),
      start,
      end: start + written.length,
      text: written,
      ruleId: kind === 'place' ? HEAD_FIRST_RULE : ORGANISATION_HEAD_FIRST_RULE,
    });
  }
  return out;
}

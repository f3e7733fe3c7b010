// Places named by the kind of place before them: "the state of Aragua", "the village of Tal Abyad", "the province of
// Idlib", "the Dagestani towns of Budennovsk and Kizlyar" (WikiEvents dev). The name after "<place noun> of" is a place
// even where the person pass read a first name and a surname ("Tal Abyad") and the gazetteer has nothing; the names
// replace such readings (organisation-names.ts), never a country, a titled person or an organisation ("the city of
// London" stays the gazetteer's London). Lower-case "of" phrases name no place ("the state of emergency").

import type { SentenceTokens } from './sentence-tokens';
import type { EntityMention } from './types';

export const SETTLEMENT_OF_RULE = 'place-settlement-of';

const NAME = "\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:(?:al|el|de|del|ez|es)[-\\s])?\\p{Lu}[\\p{Ll}'’-]+){0,2}";
const PLACE_NOUNS =
  'states?|towns?|cities|city|villages?|provinces?|regions?|districts?|county|counties|islands?|republics?|ports?|suburbs?|' +
  'municipality|municipalities|governorates?|territory|enclaves?|oblasts?|neighbou?rhoods?';
const SETTLEMENT_OF = new RegExp(`\\b(?:${PLACE_NOUNS})\\s+of\\s+(${NAME})(?:(?:,\\s*|\\s+and\\s+)(${NAME}))?`, 'gu');

/** The places named after "<place noun> of" in one sentence. */
export function settlementsOf(st: SentenceTokens): EntityMention[] {
  const { text, start: base } = st.sentence;
  const out: EntityMention[] = [];
  SETTLEMENT_OF.lastIndex = 0;
  for (let m = SETTLEMENT_OF.exec(text); m; m = SETTLEMENT_OF.exec(text)) {
    let from = m.index + m[0].indexOf(m[1]!, m[0].indexOf(' of ') + 4);
    for (const written of [m[1], m[2]]) {
      const name = written?.replace(/['’]s?$/u, ''); // "the district of Britain’s capital": the country, owning a place
      if (!name) continue;
      const at = text.indexOf(name, from);
      out.push({
        kind: 'place',
        name: name.replace(/\s+/g, ' '),
        start: base + at,
        end: base + at + name.length,
        text: name,
        ruleId: SETTLEMENT_OF_RULE,
      });
      from = at + name.length;
    }
  }
  return out;
}

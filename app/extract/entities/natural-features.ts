// Places named by a geographic head word, which no gazetteer here lists (the city and country data hold neither seas
// nor rivers): "the Caribbean Sea", "the Atlantic Ocean", "the Andes Mountains", "west of the Euphrates River",
// "Lake Chad", "Mount Sinjar", "the Gulf of Aden", "the Strait of Hormuz" (WikiEvents dev). The name less its head
// word, after "the" elsewhere in the article, is the same place ("the regime's side of the Euphrates", after "the
// Euphrates River"). Head words that as often end other names are left out: "Channel" (Fox News Channel),
// "Forest" (Nottingham Forest), "Range", "Sound".

import type { SentenceTokens } from './sentence-tokens';
import type { EntityMention } from './types';

export const NATURAL_FEATURE_RULE = 'place-natural-feature';

const WORD = "\\p{Lu}[\\p{L}'’-]+";
const HEADS_AFTER =
  'Sea|Ocean|River|Mountains|Gulf|Bay|Strait|Straits|Lake|Valley|Desert|Peninsula|Islands?|Canal|Plateau|Basin|Heights|Falls';

/** "<Name> Sea", "Lake <Name>", "Gulf of <Name>": a geographic feature. */
export const NATURAL_FEATURE = new RegExp(
  `\\b(?:(?:${WORD}\\s+){1,3}(?:${HEADS_AFTER})|(?:Lake|Mount)\\s+${WORD}|(?:Gulf|Bay|Strait|Straits|Sea|Isle)\\s+of\\s+${WORD}(?:\\s+${WORD})?)\\b`,
  'gu',
);
const HEAD_AT_END = new RegExp(`\\s+(?:${HEADS_AFTER})$`, 'u');

/** "the Euphrates" after "the Euphrates River": the name less its head word, after "the", where nothing else was found. */
export function naturalFeatureShortForms(
  text: string,
  sentences: readonly SentenceTokens[],
  features: readonly EntityMention[],
  all: readonly EntityMention[],
): EntityMention[] {
  const full = new Map<string, string>();
  for (const f of features) {
    if (f.ruleId !== NATURAL_FEATURE_RULE || !HEAD_AT_END.test(f.name)) continue;
    const short = f.name.replace(HEAD_AT_END, '');
    if (!full.has(short)) full.set(short, f.name);
  }
  if (full.size === 0) return [];
  const out: EntityMention[] = [];
  for (const st of sentences) {
    const { tokens } = st;
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i - 1]!.text.toLowerCase() !== 'the') continue;
      for (const [short, name] of full) {
        const words = short.split(' ');
        const to = i + words.length;
        if (!words.every((w, k) => tokens[i + k]?.text === w) || st.covered.subarray(i, to).some(Boolean)) continue;
        if (/^\p{Lu}/u.test(tokens[to]?.text ?? '')) continue; // part of a longer name
        const start = tokens[i]!.start;
        const end = tokens[to - 1]!.end;
        if (all.some((m) => m.start < end && m.end > start)) continue;
        out.push({ kind: 'place', name, start, end, text: text.slice(start, end), ruleId: NATURAL_FEATURE_RULE });
        st.covered.fill(1, i, to);
      }
    }
  }
  return out;
}

// Finds entity mentions in an article: gazetteer phrases (countries, demonyms, capitals, cities, metonyms,
// organisations), titled and bare person names, organisation names, then links short person references
// ("Mr. Putin", "Putin", "the Russian leader", "He") to the full names of the same article.
// The passes run in order, each on what the earlier ones left uncovered: a dateline's place (dateline-place.ts),
// gazetteer (gazetteer-pass.ts), names (name-pass.ts), less those the article shows to be companies or products
// (thing-names.ts) or ordinary words in capitals (common-word-runs.ts), organisation patterns
// (organisation-patterns.ts), organisation and facility head words, context organisations, person references,
// fallback places, lone subject surnames, and "it" after a company's or state's reporting verb (speaker-pronoun.ts).

import type { Sentence } from '../text/sentences';
import { sentenceTokens } from '../text/sentence-token-cache';
import { addDatelinePlace } from './dateline-place';
import { gazetteerPass } from './gazetteer-pass';
import { namePass, namePassIndex } from './name-pass';
import { organisationPass } from './organisation-patterns';
import { resolvePersonReferences } from './person-references';
import { addOrganisationAndFacilityNames } from './organisation-names';
import { addContextOrganisations } from './organisation-context';
import { findCapitalisedPlaces } from './place-in-capitalised';
import { findSubjectSurnames } from './person-subject';
import { addSpeakerPronouns } from './speaker-pronoun';
import { dropThingNames } from './thing-names';
import { dropCommonWordRuns } from './common-word-runs';
import type { SentenceTokens } from './sentence-tokens';
import type { EntityMention } from './types';

export type { SentenceTokens } from './sentence-tokens';

/** All entity mentions of the article, in text order. */
export function findEntities(text: string, sentences: readonly Sentence[]): EntityMention[] {
  const out: EntityMention[] = [];
  const perSentence: SentenceTokens[] = sentences.map((sentence) => {
    const tokens = sentenceTokens(sentence);
    return { sentence, tokens, covered: new Uint8Array(tokens.length) };
  });
  for (const st of perSentence) {
    addDatelinePlace(st, text, out);
    gazetteerPass(st, text, out);
  }
  const index = namePassIndex(out);
  for (const st of perSentence) namePass(st, text, out, index);
  const found = dropCommonWordRuns(text, perSentence, dropThingNames(perSentence, out));
  organisationPass(text, found);
  const named = addContextOrganisations(
    text,
    perSentence,
    addOrganisationAndFacilityNames(text, perSentence, found).sort((a, b) => a.start - b.start),
  );
  const resolved = resolvePersonReferences(text, perSentence, named);
  const fallbackPlaces = findCapitalisedPlaces(text, perSentence, resolved);
  const withPlaces = fallbackPlaces.length === 0 ? resolved : [...resolved, ...fallbackPlaces].sort((a, b) => a.start - b.start);
  const surnames = findSubjectSurnames(text, perSentence, withPlaces);
  const all = surnames.length === 0 ? withPlaces : [...withPlaces, ...surnames].sort((a, b) => a.start - b.start);
  return addSpeakerPronouns(text, perSentence, all);
}

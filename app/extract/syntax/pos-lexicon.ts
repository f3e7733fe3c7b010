// The closed-class part of the part-of-speech lexicon (determiners, pronouns, prepositions, auxiliaries, ...) and the
// open-class cues (reporting verbs, common news verbs, suffixes) the tagger reads. Data only; each list is one tag.
// Own lexicon rather than wink-nlp: the layer only needs clause structure around a trigger (subject, object, voice),
// and a closed-class lexicon with suffix rules does that in a few kilobytes (see tagger.ts for what it measured).

export type PosTag =
  | 'DET'
  | 'PRON'
  | 'PREP'
  | 'CONJ'
  | 'SUB'
  | 'AUX'
  | 'BE'
  | 'MODAL'
  | 'TO'
  | 'NEG'
  | 'REPORT'
  | 'VERB'
  | 'ADV'
  | 'ADJ'
  | 'NOUN'
  | 'PROPN'
  | 'NUM'
  | 'POSS'
  | 'PUNCT'
  | 'WH';

const words = (list: string): string[] => list.trim().split(/\s+/);

/** Closed-class words (lower case) → tag; checked before any open-class rule. */
export const CLOSED_CLASS: ReadonlyMap<string, PosTag> = new Map<string, PosTag>([
  ...words('the a an this that these those its their his her our my your some any each every no another both all either neither').map(
    (w) => [w, 'DET'] as const,
  ),
  ...words('he she they it we i you him them us me himself herself themselves itself one').map((w) => [w, 'PRON'] as const),
  ...words(
    'in on at by with from of for into onto over under near across around through toward towards against between among ' +
      'during without within outside inside along via behind beyond despite amid per about upon off up down than like',
  ).map((w) => [w, 'PREP'] as const),
  ...words('and or but nor').map((w) => [w, 'CONJ'] as const),
  ...words('before after while because since when whereas although though unless until if whether once as so').map(
    (w) => [w, 'SUB'] as const,
  ),
  ...words('who whom which whose where what why how').map((w) => [w, 'WH'] as const),
  ...words('is are was were be been being am').map((w) => [w, 'BE'] as const),
  ...words('has have had having do does did').map((w) => [w, 'AUX'] as const),
  ...words('will would shall should can could may might must').map((w) => [w, 'MODAL'] as const),
  ...words('not never').map((w) => [w, 'NEG'] as const),
  ['to', 'TO'],
  ...words('also then still already again later yet just only even reportedly allegedly immediately soon now jointly together').map(
    (w) => [w, 'ADV'] as const,
  ),
]);

/**
 * Verbs of saying, confirming and commenting: their subject (or the name right after them: "said Mayor X") is a
 * speaker or a source, never a participant of the event reported.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  words(
    'said says say saying told tells tell telling confirmed confirms confirm reported reports reporting added adds stated states ' +
      'announced announces claimed claims warned warns noted notes explained explains wrote writes tweeted posted ' +
      'insisted argued commented remarked described describes quoted cited acknowledged admitted denied denies asserted ' +
      'believe believes believed think thinks thought suspects suspected accused accuses condemned condemns blamed blames ' +
      'urged urges praised praises',
  ),
);

/** Common news verbs that suffixes do not reveal (irregular forms and base forms). */
export const VERBS: ReadonlySet<string> = new Set(
  words(
    'met meet meets go goes went gone come comes came take takes took taken make makes made hold holds held sign signs ' +
      'leave leaves left fly flies flew flown give gives gave given hit hits kill kills shoot shoots shot seize seizes seized ' +
      'fight fights fought lead leads led send sends sent launch launches strike strikes struck begin begins began begun ' +
      'visit visits travel travels arrive arrives attack attacks invade invades host hosts receive receives welcome welcomes ' +
      'agree agrees agreed see sees saw seen become becomes became drive drives drove driven return returns win wins won ' +
      'capture captures wound wounds bomb bombs storm storms blew blow blows blown set sets put puts ran run runs',
  ),
);

/** Words that end in -ed / -ing / -s but are not verbs in news text. */
export const NOT_VERBS: ReadonlySet<string> = new Set(
  words(
    'meeting meetings building buildings morning evening thing things ceiling during bring king wing ring spring string ' +
      'shed bed red need speed seed hundred fled news series species talks times forces troops officials leaders',
  ),
);

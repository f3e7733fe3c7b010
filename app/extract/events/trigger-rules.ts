// Event trigger rules as data: each rule is a pattern for one event type, with an example sentence in which it must
// fire and optional guards (text that must not come just before / after the match). Longer matches win over shorter
// overlapping ones; on equal length the earlier rule in this table wins.

import type { EventTypeId } from '../../model/event-types';
import { AGREEMENT_RULES } from './agreement-rules';
import { TALKS_RULES } from './talks-rules';

export interface TriggerRule {
  id: string;
  type: EventTypeId;
  /** Pattern source. Without `flags` it is matched case-insensitively (write it in lower case); with flags, as given. */
  pattern: string;
  flags?: string;
  /** A sentence in which the rule must find an event of `type`. */
  example: string;
  /** Rejects the match when the sentence text before it matches one of these (anchored at the end with `$`). */
  notBefore?: RegExp | readonly RegExp[];
  /** Rejects the match when the sentence text after it matches one of these (anchored at the start with `^`). */
  notAfter?: RegExp | readonly RegExp[];
  /** The next word must be a capitalised name or a title ("received Foreign Minister ..."). */
  objectMustBeName?: boolean;
  /** A capitalised match right after another capitalised word is part of a name ("Warsaw Pact", "Camp David Accords"), not an event. */
  notInName?: boolean;
  /** The trigger itself announces a future event ("invitation to visit", "upcoming summit"). */
  planned?: boolean;
  /** A match that modifies an equipment or unit noun, or a prefixed adjective, names no event (notAModifier). */
  notModifier?: boolean;
  /** How reliable a match of this rule is, 0..1. */
  confidence: number;
}

const PASSIVE_OR_IDIOM_BEFORE = /\b(?:was|were|been|be|being|is|are)\s+$/i;
const MET_IDIOMS_AFTER =
  /^\s+(?:or|and)\s+(?:even\s+)?(?:exceed|surpass|beat|top)|^\s+(?:the\s+|an?\s+|its\s+|their\s+|my\s+|his\s+|her\s+|all\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?)?(?:[\w-]+\s+){0,3}?(?:deadlines?|targets?|demands?|needs?|requirements?|criteria|goals?|standards?|obligations?|expectations?|conditions?|end|fate|death|challenges?|threshold|tests?|redemptions?|duties|costs?|payments?|commitments?|quotas?|specifications?|guidelines)\b|^\s+with\s+(?:criticism|resistance|scepticism|skepticism|silence|approval|opposition|protests?|derision|applause|outrage|anger|dismay|a\b)/i;

/** Words that make an explosion an accident or a figure of speech. */
const ACCIDENTAL_BEFORE =
  /\b(?:gas|gas\s+canister|accidental|premature|controlled|volcanic|methane|boiler|industrial|chemical\s+plant|population|data|price|sonic|supernova)\s+(?:\w+\s+)?$/i;
/**
 * Police or other law enforcement as the subject of a raid ("police raided", "police and counter-terror officers launched
 * raids"), but not as the source of a report ("police said gunmen raided").
 */
const LAW_ENFORCEMENT_BEFORE =
  /\b(?:police|policemen|officers|agents|detectives|investigators|FBI|authorities|customs|prosecutors|regulators|tax\s+inspectors)\b(?:(?!\b(?:said|says|say|told|reported|believe[sd]?|suspect(?:s|ed)?|that|when|after|as)\b)[^.;]){0,40}$|\b(?:police|dawn|drug|tax|immigration|anti-(?:drug|terror|corruption)|counter-?terror(?:ism)?)\s+$/i;

/**
 * A vehicle, not a person, arriving or flying somewhere ("the first A380 landed at Changi", "the planes won't be able to
 * fly to"), also as "it" right before the verb group ("the aircraft was leaving a parking space before it was due to
 * fly to Chiang Mai", MEANTIME dev 78496; not "it was time to travel to").
 */
const VEHICLE_SUBJECT_BEFORE =
  /\b(?:planes?|aircraft|airliners?|jets?|jetliners?|flights?|superjumbo|helicopters?|drones?|ships?|vessels?|tankers?|trains?|shipments?|cargo|A3\d0|7[0-8]7(?:-\w+)?|missiles?|rockets?)\b(?:(?!\b(?:he|she|they|minister|president|delegation)\b)[^.;,]){0,40}$|\bit\s+(?:(?:is|was|will|would|can|could|may|might|must|due|expected|scheduled|set|able)\s+(?:to\s+)?)*$/i;

/**
 * A conflict word that modifies a noun of equipment or of a military unit names a kind of thing, not an event: "Army
 * air assault forces", "attack helicopters", "assault rifles", "detonating cord" (TimeBank). An event noun after it
 * still reports the event ("the bombing suspect", "the explosion area", "the assassination attempt": WikiEvents dev).
 */
const EQUIPMENT_OR_UNIT_AFTER =
  /^[\s-]+(?:rifles?|weapons?|guns?|helicopters?|choppers?|aircraft|planes?|jets?|boats?|craft|submarines?|vehicles?|dogs?|forces|units?|teams?|squads?|brigades?|battalions?|divisions?|cords?|fuses?|capabilit(?:y|ies)|ships?)\b/i;
/** "a pre-attack message", "its pre-strike schedule", "post-blast analysis": a prefixed adjective, not the event. */
const PREFIXED_ADJECTIVE_BEFORE = /\b(?:pre|post|non)-$/i;

/** Whether a match (with the sentence text before and after it) is used as a modifier, per notModifier. */
export function isModifierUse(before: string, after: string): boolean {
  return PREFIXED_ADJECTIVE_BEFORE.test(before) || EQUIPMENT_OR_UNIT_AFTER.test(after);
}
/** "a miners' strike", "the dockers' strike": a strike owned by a group of workers (a plural possessive) is a stoppage. */
const WORKERS_POSSESSIVE_BEFORE = /\b\p{Ll}+s['’]\s+$/u;

export const TRIGGER_RULES: readonly TriggerRule[] = [
  // ---- forum (before meeting: "G20 meeting" is a forum) ----
  {
    id: 'forum-named',
    type: 'forum',
    pattern:
      "(?<!\\p{L})(?:(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|\\d{1,2}(?:st|nd|rd|th)|[Aa]nnual) )?(?:(?!(?:The|A|An|This|That|Next|Last|Its|His|Her|Their)\\b)\\p{Lu}[\\p{L}\\d'’-]* (?:(?:and|of|for|on|&) )?){0,8}?(?!(?:The|A|An|This|That|Next|Last|Its|His|Her|Their)\\b)\\p{Lu}[\\p{L}\\d'’-]* (?:Forum|Summit|Conference|Dialogue)(?: (?:for|on|of) \\p{Lu}[\\p{L}-]*(?: (?:and|of|for|on) \\p{Lu}[\\p{L}-]*| \\p{Lu}[\\p{L}-]*){0,6})?",
    flags: 'gu',
    example: 'Leaders gathered for the third Belt and Road Forum for International Cooperation in Beijing.',
    notBefore: /\b(?:National|Legislative)\s*$/,
    notAfter: /^\s+(?:Hall|Centre|Center|Building|Street|Square|Hotel)\b/,
    confidence: 0.9,
  },
  {
    id: 'forum-bloc-summit',
    type: 'forum',
    pattern:
      "\\b(?:G-?20|G-?7|G-?8|BRICS|ASEAN|NATO|SCO|APEC|EU|Arab League|African Union|Commonwealth|UN|OPEC\\+?|Quad)(?: leaders['’]?)? (?:summit|meeting|forum|conference|ministerial|gathering)s?\\b",
    example: 'The G20 meeting in New Delhi ended without a joint statement on Ukraine.',
    confidence: 0.9,
  },
  {
    id: 'forum-word',
    type: 'forum',
    pattern: '\\b(?:[Ff]orum|[Ss]ummit|[Cc]onference|congress|General Assembly)s?\\b',
    flags: 'gu',
    example: 'Ministers from forty countries will attend the climate summit next week.',
    notBefore: /\b(?:press|news|video|phone|party-line|constitutional|Geneva)\s*$|\b(?:the|a) (?:hall|room|centre|center) of the\s*$/i,
    notAfter:
      /^\s+(?:call|calls|room|hall|centre|center|of (?:Mount|Everest|the mountain|Kilimanjaro))\b|^\s+on\s+(?:Human Rights|the Rights)/i,
    confidence: 0.75,
  },
  // ---- meeting ----
  {
    id: 'meeting-sat-down',
    type: 'meeting',
    pattern: '\\b(?:sat|sit|sits|sitting)\\s+down\\s+(?:together\\s+)?(?:with|for\\s+(?:talks|a\\s+meeting))\\b',
    example: 'The two presidents sat down with their delegations at the Kremlin.',
    confidence: 0.85,
  },
  {
    id: 'meeting-talks',
    type: 'meeting',
    pattern:
      '\\b(?:held|hold|holds|holding|had|have|has|conducted|began|begin|opened|open|resumed|resume|resumes|resuming|renewed|joined|rejoined|attended)' +
      '\\s+(?:\\w+\\s+){0,2}?talks\\b|\\btalks\\s+(?:with|between)\\b',
    example: 'The two foreign ministers held talks in Hanoi on Tuesday.',
    notAfter: /^\s+(?:with\s+(?:reporters|journalists|the media))\b/i,
    confidence: 0.9,
  },
  {
    id: 'meeting-negotiations',
    type: 'meeting',
    // Negotiations held, begun or resumed by named parties; "negotiations had stalled" reports no meeting.
    pattern:
      '\\b(?:held|hold|holds|holding|began|begin|begins|opened|open|opens|resumed|resume|resumes|conducted|conduct)\\s+(?:[\\w-]+\\s+){0,2}?negotiations\\b',
    example: 'Late last week, representatives of Dow Jones and Telerate began negotiations about the terms of the offer.',
    confidence: 0.8,
  },
  {
    id: 'meeting-met-with',
    type: 'meeting',
    pattern: '\\b(?:met|meets|meet|meeting)\\s+(?:up\\s+)?with\\b',
    example: 'The prime minister met with President Emmanuel Macron at the Elysee Palace.',
    notBefore: PASSIVE_OR_IDIOM_BEFORE,
    notAfter: MET_IDIOMS_AFTER,
    confidence: 0.9,
  },
  {
    id: 'meeting-met',
    type: 'meeting',
    pattern: '\\b(?:met|meets|meet)\\b',
    example: 'Chancellor Olaf Scholz met Prime Minister Fumio Kishida in Tokyo.',
    notBefore: PASSIVE_OR_IDIOM_BEFORE,
    notAfter: MET_IDIOMS_AFTER,
    confidence: 0.85,
  },
  {
    id: 'meeting-noun',
    type: 'meeting',
    pattern: '\\b(?:meeting|meetings|encounter|tête-à-tête|face-to-face)\\b',
    example: 'The meeting between the two leaders lasted three hours.',
    // Company and church meetings: "the shareholders meeting", "a special meeting of Williams shareholders".
    notBefore: /\b(?:board|shareholders['’]?|stockholders['’]?|prayer|town-hall|town hall)\s+$/i,
    notAfter:
      /^\s+(?:point|points|room|rooms|place|hall|house|venue|minutes|notes|schedule)\b|^\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:shareholders|stockholders|holders|directors|the\s+board)\b|^\s+(?:the|their|its|our)\s+(?:needs|demands|deadline|target|goals?)\b/i,
    confidence: 0.7,
  },
  {
    id: 'meeting-received',
    type: 'meeting',
    pattern: '\\b(?:received|receives|receive|receiving|hosted|hosts|host|hosting|welcomed|welcomes|welcome)\\b',
    example: 'President Joko Widodo received Prime Minister Anthony Albanese at the Bogor palace.',
    objectMustBeName: true,
    confidence: 0.8,
  },
  // ---- visit ----
  {
    id: 'visit-invitation',
    type: 'visit',
    pattern: '\\binvitations?\\s+(?:\\w+\\s+)?to\\s+(?:visit|travel\\s+to|come\\s+to)\\b',
    example: 'The Russian leader accepted an invitation to visit China next month.',
    planned: true,
    confidence: 0.85,
  },
  {
    id: 'visit-state-visit',
    type: 'visit',
    pattern: '\\b(?:state|official|working|two-day|three-day|four-day|five-day|week-long|surprise|first|historic)\\s+visits?\\b',
    example: 'King Charles began a state visit to Kenya on Tuesday.',
    confidence: 0.9,
  },
  {
    id: 'visit-word',
    type: 'visit',
    pattern: '\\b(?:visit|visits|visited|visiting)\\b',
    example: 'Chancellor Olaf Scholz visited Beijing in November.',
    notAfter: /^\s+(?:the\s+(?:site|website|page|doctor|dentist|hospital|toilet|bathroom)|www\.|https?:|our\s+website)/i,
    confidence: 0.85,
  },
  {
    id: 'visit-trip',
    type: 'visit',
    pattern: '\\b(?:trip|tour|journey|voyage|stopover)s?\\s+(?:to|of|through|in)\\b',
    example: 'Her trip to Taiwan angered Beijing.',
    notBefore: /\b(?:round|day|school|field|ego|guilt)\s*$/i,
    confidence: 0.8,
  },
  {
    id: 'visit-arrive',
    type: 'visit',
    pattern: '\\b(?:arrived|arrives|arrive|arriving|landed|lands)\\s+(?:in|at)\\b',
    example: 'The secretary of state arrived in Riyadh late on Sunday.',
    notBefore: VEHICLE_SUBJECT_BEFORE,
    confidence: 0.8,
  },
  {
    id: 'visit-travel',
    type: 'visit',
    pattern:
      '\\b(?:travelled|traveled|travels|travel|travelling|traveling|flew|flies|fly|flying|headed|heads|heading|drove|drives|driving|sailed)\\s+(?:back\\s+|home\\s+|on\\s+)?(?:to|towards?)\\b',
    example: 'The envoy travelled to Kyiv for talks on grain exports.',
    notBefore: VEHICLE_SUBJECT_BEFORE,
    confidence: 0.75,
  },
  {
    id: 'visit-movement',
    type: 'visit',
    // Movement across a border or into a place ("crossed into Dagestan", "moved into the Bogside area"), departure for
    // a destination ("left for Moscow"), and arrival on a stated day ("arriving on Monday"; not "arriving on foot").
    pattern:
      '\\b(?:crossed|crosses|cross|crossing)\\s+(?:the\\s+border\\s+)?into\\b|\\b(?:departed|departs|departing|left|leaves|leaving)\\s+for\\b|' +
      '\\b(?:moved|moves|moving)\\s+(?:in\\s+to|into)\\b|\\b(?:arrived|arrives|arrive|arriving)\\s+(?=on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d))on\\b',
    example: 'Chechen fighters crossed into Dagestan in support of the insurgents.',
    notBefore: VEHICLE_SUBJECT_BEFORE,
    notAfter:
      /^\s+(?:a\s+|the\s+)?(?:new\s+)?(?:phase|era|stage|territory\s+of|recession|debt|deficit|negative|positive|power|office|politics|talks|production|profit)\b/i,
    confidence: 0.75,
  },
  // ---- invasion ----
  {
    id: 'invasion-noun',
    type: 'invasion',
    pattern: '\\b(?:full-scale\\s+)?(?:invasion|invasions|incursion|incursions)\\b',
    example: "Russia's invasion of Ukraine began in February 2022.",
    confidence: 0.9,
  },
  {
    id: 'invasion-verb',
    type: 'invasion',
    pattern: '\\b(?:invaded|invade|invades|invading|annexed|annex|annexation)\\b',
    example: 'Iraq invaded Kuwait in August 1990.',
    confidence: 0.9,
  },
  {
    id: 'invasion-offensive',
    type: 'invasion',
    pattern: '\\b(?:counter-?offensive|offensive|occupation)\\b',
    example: 'The army launched a ground offensive in the north of the country.',
    notBefore: /\b(?:his|her|their|your|my|charm)\s+$/i,
    notAfter: /^\s+(?:remarks?|comments?|language|behaviou?r|weapons?|capabilit\w*|posture|line|content|jokes?|words?|to)\b/i,
    confidence: 0.75,
  },
  // ---- attack ----
  {
    id: 'attack-airstrike',
    type: 'attack',
    pattern:
      '\\b(?:air\\s?strikes?|airstrikes?|drone\\s+strikes?|missile\\s+strikes?|rocket\\s+attacks?|missile\\s+attacks?|drone\\s+attacks?|air\\s+raids?|strikes?)\\b',
    example: 'An Israeli airstrike hit a building in Rafah overnight.',
    notBefore: [
      /\b(?:labou?r|general|hunger|workers['’]?|teachers['’]?|rail|national|nurses['’]?|doctors['’]?|lucky|first|\d+-(?:hour|day|week)|(?:opposition|union)(?:-called)?|Joint|stunning|superb|brilliant|long-range|curling|wonder|fine)\s+$/i,
      WORKERS_POSSESSIVE_BEFORE,
    ],
    // Sports and labour senses: "a stunning strike from 25 yards", "strike rate", "strike action".
    notAfter:
      /^\s+(?:a\s+(?:deal|balance|chord|tone|note|pose)|deals?|action|ballot|fund|Fighter|Force|Group|Eagle|rate|zone|partner|from\s+(?:\d+|outside|distance|close\s+range|the\s+edge))\b/i,
    notModifier: true,
    confidence: 0.85,
  },
  {
    id: 'attack-shelling',
    type: 'attack',
    pattern: '\\b(?:shelling|shelled|bombardment|bombarded|bombard)\\b',
    example: 'Overnight shelling damaged homes in Kharkiv.',
    confidence: 0.9,
  },
  {
    id: 'attack-bombing',
    type: 'attack',
    pattern: '\\b(?:suicide\\s+)?(?:bombings?|bombed|bomb\\s+attacks?|explosions?|blasts?|exploded|exploding|detonated|detonating)\\b',
    example: 'A car bombing outside the ministry killed six people.',
    // Accidents and non-violent senses: "a gas explosion", "two accidental explosions", "a population explosion".
    notBefore: ACCIDENTAL_BEFORE,
    notAfter: [
      /^\s+(?:of\s+(?:laughter|anger|cold|colou?r|activity|interest|growth|demand))\b|^\s+(?:furnaces?|radius\s+of\s+the\s+(?:market|policy))\b|^\s+(?:accidentally|prematurely|by\s+accident)\b/i,
    ],
    notModifier: true,
    confidence: 0.8,
  },
  {
    id: 'attack-explosive-went-off',
    type: 'attack',
    pattern:
      '\\b(?:blew\\s+(?:himself|herself|themselves)\\s+up|(?:set|sets|setting)\\s+off\\s+(?:an?\\s+|the\\s+|two\\s+|several\\s+)?(?:[\\w-]+\\s+)?(?:bombs?|explosives?|devices?|explosions?)|(?:bombs?|devices?|explosives?)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:went|gone|go|goes|going)\\s+off)\\b',
    example: 'A suicide bomber blew himself up at the checkpoint.',
    confidence: 0.85,
  },
  {
    id: 'attack-raid',
    type: 'attack',
    pattern: '\\b(?:raids?|raided|ambush|ambushed|ambushes|stormed)\\b',
    example: 'Gunmen ambushed a convoy near the border.',
    // Law-enforcement raids are searches and arrests: "police raided two apartments", "raids by counter-terror officers".
    notBefore: LAW_ENFORCEMENT_BEFORE,
    notAfter:
      /^\s+(?:by|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|officers|agents|detectives|investigators|FBI|tax|customs|immigration)\b/i,
    confidence: 0.75,
  },
  {
    id: 'attack-shooting',
    type: 'attack',
    pattern: '\\b(?:shootings?|shootouts?|gunfire|opened\\s+fire|open\\s+fire|shot\\s+dead|stabbings?|massacre)\\b',
    example: 'Police said the shooting at the market left four dead.',
    // Film and sports senses: "the film's shooting began", "a shooting guard", "shooting practice".
    notBefore: /\b(?:film|movie|video|photo|episode|scene|location|clay|skeet|trap|film['’]s|movie['’]s)\s+$/i,
    notAfter:
      /^\s+(?:guard|guards|star|percentage|range|schedule|script|season|practice|competition|club|gallery|of\s+(?:the\s+)?(?:film|movie|video|series|scene|episode))\b/i,
    confidence: 0.85,
  },
  {
    id: 'attack-by-result',
    type: 'attack',
    // An attack stated by its result, with armed men as the subject: "Hezbollah fighters killed three Israeli soldiers".
    // A participle followed by a preposition is a reduced passive ("soldiers captured during the war"), not an attack.
    pattern:
      '\\b(?:gunm[ae]n|militants|fighters|rebels|insurgents|guerrillas|jihadists|attackers|assailants|bombers?|terrorists|' +
      'troops|militiamen|militias?)\\s+(?:(?:also|reportedly|allegedly|then|later)\\s+)?(?:killed|wounded|captured|seized|abducted|kidnapped)\\b',
    example: 'Last week, Hezbollah fighters killed three Israeli soldiers and seriously wounded six others.',
    notAfter: /^\s+(?:during|in|by|at|on|while|when|after|before|last|earlier|yesterday|overnight|early)\b/i,
    confidence: 0.75,
  },
  {
    id: 'attack-word',
    type: 'attack',
    pattern: '\\b(?:attacks?|attacked|attacking|assaults?|assaulted|assassinations?|assassinated)\\b',
    example: 'Militants attacked an army post in the province.',
    // Medical, political and sports senses: "a heart attack", "the virus attacks cells", "under attack from his own party",
    // "an attack on press freedom", "attacking midfielder".
    notBefore: [
      /\b(?:heart|panic|asthma|anxiety|personal|verbal|political|scathing|sharp|virus|viruses|bacteria|disease|cancer|cells?|immune\s+system)\s+$/i,
    ],
    notAfter: [
      /^\s+(?:the\s+)?(?:virus|disease|problem|issue|policy|plan|proposal|idea|decision|record|government['’]s\s+(?:policy|plan|record))\b|^\s+(?:play|midfielder|midfield|football|third|line|minded)\b|^\s+(?:from|by)\s+(?:(?:his|her|their|its)\s+own|critics|opponents|rivals|the\s+opposition|lawmakers|commentators)\b|^\s+on\s+(?:the\s+|our\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:polic(?:y|ies)|plans?|proposals?|reforms?|bill|budget|freedoms?|democracy|rights|constitution|values|judiciary|institutions|decision|ruling|record|credibility|reputation|character|integrity|science|truth|liberty|privacy)\b/i,
    ],
    notModifier: true,
    confidence: 0.85,
  },
  ...TALKS_RULES,
  ...AGREEMENT_RULES,
];

/** A rule with its pattern compiled once. */
export interface CompiledTriggerRule extends TriggerRule {
  regex: RegExp;
  order: number;
  /** Match against the ASCII-lower-cased sentence. */
  onLowerCase: boolean;
}

/**
 * Rules without explicit flags are case-insensitive. Case-insensitive Unicode regexes are slow in V8, so those run
 * without flags i/u on an ASCII-lower-cased copy of the sentence (same length, so offsets are unchanged).
 */
export const COMPILED_TRIGGER_RULES: readonly CompiledTriggerRule[] = TRIGGER_RULES.map((rule, order) => {
  const onLowerCase = rule.flags === undefined;
  // Lower-case the pattern's literal letters (not escapes such as \\S or \\b) to match the lower-cased text.
  const source = onLowerCase
    ? rule.pattern.replace(/(\\.)|([A-Z])/g, (_, escape?: string, upper?: string) => escape ?? upper!.toLowerCase())
    : rule.pattern;
  return { ...rule, order, onLowerCase, regex: new RegExp(source, rule.flags ?? 'g') };
});

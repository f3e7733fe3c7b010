// Event trigger rules as data: each rule is a pattern for one event type, with an example sentence in which it must
// fire and optional guards (text that must not come just before / after the match). Longer matches win over shorter
// overlapping ones; on equal length the earlier rule in this table wins.

import type { EventTypeId } from '../../model/event-types';
import { AGREEMENT_RULES } from './agreement-rules';
import { TALKS_RULES } from './talks-rules';
import { CONFLICT_RULES } from './conflict-rules';
import { requiredLiterals } from '../text/required-literals';
import { literalBits, type LiteralBits } from '../text/bigram-mask';

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

/** Not after "where <subject>": the habitual present of a relative clause of place (see meeting-met). */
const HABITUAL_WHERE_NOT_BEFORE = "(?<!\\bwhere\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){1,4})";
const PASSIVE_OR_IDIOM_BEFORE = /\b(?:was|were|been|be|being|is|are)\s+$/i;
const MET_IDIOMS_AFTER =
  /^\s+(?:or|and)\s+(?:even\s+)?(?:exceed|surpass|beat|top)|^\s+(?:the\s+|an?\s+|its\s+|their\s+|my\s+|his\s+|her\s+|all\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?)?(?:[\w-]+\s+){0,3}?(?:deadlines?|targets?|demands?|needs?|requirements?|criteria|goals?|standards?|obligations?|expectations?|conditions?|end|fate|death|challenges?|threshold|tests?|redemptions?|duties|costs?|payments?|commitments?|quotas?|specifications?|guidelines)\b|^\s+with\s+(?:criticism|resistance|scepticism|skepticism|silence|approval|opposition|protests?|derision|applause|outrage|anger|dismay|a\b)/i;

/**
 * A vehicle or a projectile, not a person, arriving or flying somewhere ("the first A380 landed at Changi", "the planes
 * won't be able to fly to", "the aircraft carrier John F. Kennedy are also headed to Saudi Arabia" and "a Protestant
 * gasoline bomb landed in his back yard", TimeBank), also as "it" right before the verb group ("the aircraft was leaving
 * a parking space before it was due to fly to Chiang Mai", MEANTIME dev 78496; not "it was time to travel to"). The
 * initial of a name ("John F. Kennedy") may stand between; a full stop may not.
 */
const VEHICLE_SUBJECT_BEFORE =
  /\b(?:planes?|aircraft|airliners?|jets?|jetliners?|flights?|superjumbo|helicopters?|drones?|ships?|vessels?|carriers?|warships?|tankers?|trains?|shipments?|cargo|A3\d0|7[0-8]7(?:-\w+)?|missiles?|rockets?|bombs?|shells?|mortars?|grenades?|projectiles?)\b(?:(?!\b(?:he|she|they|minister|president|delegation)\b)(?:[^.;,]|(?<=\b[A-Z])\.)){0,40}$|\bit\s+(?:(?:is|was|will|would|can|could|may|might|must|due|expected|scheduled|set|able)\s+(?:to\s+)?)*$/i;

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
    pattern: '\\b(?:met|meeting|' + HABITUAL_WHERE_NOT_BEFORE + '(?:meets|meet))\\s+(?:up\\s+)?with\\b',
    example: 'The prime minister met with President Emmanuel Macron at the Elysee Palace.',
    notBefore: PASSIVE_OR_IDIOM_BEFORE,
    notAfter: MET_IDIOMS_AFTER,
    confidence: 0.9,
  },
  {
    id: 'meeting-met',
    type: 'meeting',
    // "the estate where the Belfast IRA leaders meet and plan their operations" (WikiEvents dev): a present "meet"
    // in a relative clause of place tells where people habitually meet, not of a meeting ("the hotel where they met").
    pattern: '\\b(?:met|' + HABITUAL_WHERE_NOT_BEFORE + '(?:meets|meet))\\b',
    example: 'Chancellor Olaf Scholz met Prime Minister Fumio Kishida in Tokyo.',
    notBefore: PASSIVE_OR_IDIOM_BEFORE,
    notAfter: MET_IDIOMS_AFTER,
    confidence: 0.85,
  },
  {
    id: 'meeting-noun',
    type: 'meeting',
    // "encounter" as a verb comes across someone, it is no meeting: "when they encounter the tough Republican Guard"
    // (TimeBank); "a brief encounter between the two leaders" is one.
    pattern:
      '\\b(?:meeting|meetings|(?<!\\b(?:they|we|you|he|she|it|will|would|could|can|may|might|to|troops|forces|soldiers)\\s)encounter|tête-à-tête|face-to-face)\\b',
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
  ...CONFLICT_RULES,
  ...TALKS_RULES,
  ...AGREEMENT_RULES,
];

/** A rule with its pattern compiled once. */
export interface CompiledTriggerRule extends TriggerRule {
  regex: RegExp;
  order: number;
  /** Match against the ASCII-lower-cased sentence. */
  onLowerCase: boolean;
  /** The pairs of the literals one of which occurs in every match (required-literals.ts, bigram-mask.ts). */
  literals: LiteralBits;
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
  const regex = new RegExp(source, rule.flags ?? 'g');
  return { ...rule, order, onLowerCase, regex, literals: literalBits(requiredLiterals(regex.source, regex.flags)) };
});

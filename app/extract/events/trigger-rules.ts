// Event trigger rules as data: each rule is a pattern for one event type, with an example sentence in which it must
// fire and optional guards (text that must not come just before / after the match). Longer matches win over shorter
// overlapping ones; on equal length the earlier rule in this table wins.

import type { EventTypeId } from '../../model/event-types';

export interface TriggerRule {
  id: string;
  type: EventTypeId;
  /** Pattern source. Without `flags` it is matched case-insensitively (write it in lower case); with flags, as given. */
  pattern: string;
  flags?: string;
  /** A sentence in which the rule must find an event of `type`. */
  example: string;
  /** Rejects the match when the sentence text before it matches (anchored at the end with `$`). */
  notBefore?: RegExp;
  /** Rejects the match when the sentence text after it matches (anchored at the start with `^`). */
  notAfter?: RegExp;
  /** The next word must be a capitalised name or a title ("received Foreign Minister ..."). */
  objectMustBeName?: boolean;
  /** The trigger itself announces a future event ("invitation to visit", "upcoming summit"). */
  planned?: boolean;
  /** How reliable a match of this rule is, 0..1. */
  confidence: number;
}

const PASSIVE_OR_IDIOM_BEFORE = /\b(?:was|were|been|be|being|is|are)\s+$/i;
const MET_IDIOMS_AFTER =
  /^\s+(?:or|and)\s+(?:even\s+)?(?:exceed|surpass|beat|top)|^\s+(?:the\s+|its\s+|their\s+|all\s+(?:of\s+)?(?:its\s+|their\s+)?)?(?:[\w-]+\s+)?(?:deadlines?|targets?|demands?|needs?|requirements?|criteria|goals?|standards?|obligations?|expectations?|conditions?|end|fate|death|challenges?|threshold)\b|^\s+with\s+(?:criticism|resistance|scepticism|skepticism|silence|approval|opposition|protests?|derision|applause|outrage|anger|dismay|a\b)/i;

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
    pattern: "\\b(?:G-?20|G-?7|G-?8|BRICS|ASEAN|NATO|SCO|APEC|EU|Arab League|African Union|Commonwealth|UN|OPEC\\+?|Quad)(?: leaders['’]?)? (?:summit|meeting|forum|conference|ministerial|gathering)s?\\b",
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
    notAfter: /^\s+(?:call|calls|room|hall|centre|center|of (?:Mount|Everest|the mountain|Kilimanjaro))\b|^\s+on\s+(?:Human Rights|the Rights)/i,
    confidence: 0.75,
  },
  // ---- meeting ----
  {
    id: 'meeting-talks',
    type: 'meeting',
    pattern: '\\b(?:held|hold|holds|holding|had|have|has|conducted|began|begin|opened|open)\\s+(?:\\w+\\s+){0,2}?talks\\b|\\btalks\\s+(?:with|between)\\b',
    example: 'The two foreign ministers held talks in Hanoi on Tuesday.',
    notAfter: /^\s+(?:with\s+(?:reporters|journalists|the media))\b/i,
    confidence: 0.9,
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
    notBefore: /\b(?:board|shareholders['’]?|prayer|town-hall|town hall)\s+$/i,
    notAfter: /^\s+(?:point|points|room|rooms|place|hall|house|venue|minutes|notes|schedule)\b|^\s+(?:the|their|its|our)\s+(?:needs|demands|deadline|target|goals?)\b/i,
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
    confidence: 0.8,
  },
  {
    id: 'visit-travel',
    type: 'visit',
    pattern: '\\b(?:travelled|traveled|travels|travel|travelling|traveling|flew|flies|fly|headed|heads)\\s+to\\b',
    example: 'The envoy travelled to Kyiv for talks on grain exports.',
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
    pattern: '\\b(?:air\\s?strikes?|airstrikes?|drone\\s+strikes?|missile\\s+strikes?|rocket\\s+attacks?|missile\\s+attacks?|drone\\s+attacks?|air\\s+raids?|strikes?)\\b',
    example: 'An Israeli airstrike hit a building in Rafah overnight.',
    notBefore: /\b(?:labou?r|general|hunger|workers['’]?|teachers['’]?|rail|national|nurses['’]?|doctors['’]?|lucky|first|\d+-(?:hour|day|week)|(?:opposition|union)(?:-called)?|Joint)\s+$/i,
    notAfter: /^\s+(?:a\s+(?:deal|balance|chord|tone|note|pose)|deals?|action|ballot|fund|Fighter|Force|Group|Eagle)\b/i,
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
    notAfter: /^\s+(?:of\s+(?:laughter|anger|cold|colou?r|activity|interest|growth|demand))\b/i,
    confidence: 0.8,
  },
  {
    id: 'attack-explosive-went-off',
    type: 'attack',
    pattern:
      "\\b(?:blew\\s+(?:himself|herself|themselves)\\s+up|(?:set|sets|setting)\\s+off\\s+(?:an?\\s+|the\\s+|two\\s+|several\\s+)?(?:[\\w-]+\\s+)?(?:bombs?|explosives?|devices?|explosions?)|(?:bombs?|devices?|explosives?)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:went|gone|go|goes|going)\\s+off)\\b",
    example: 'A suicide bomber blew himself up at the checkpoint.',
    confidence: 0.85,
  },
  {
    id: 'attack-raid',
    type: 'attack',
    pattern: '\\b(?:raids?|raided|ambush|ambushed|ambushes|stormed)\\b',
    example: 'Gunmen ambushed a convoy near the border.',
    confidence: 0.75,
  },
  {
    id: 'attack-shooting',
    type: 'attack',
    pattern: '\\b(?:shootings?|shootouts?|gunfire|opened\\s+fire|open\\s+fire|shot\\s+dead|stabbings?|massacre)\\b',
    example: 'Police said the shooting at the market left four dead.',
    confidence: 0.85,
  },
  {
    id: 'attack-word',
    type: 'attack',
    pattern: '\\b(?:attacks?|attacked|attacking|assaults?|assaulted|assassinations?|assassinated)\\b',
    example: 'Militants attacked an army post in the province.',
    notBefore: /\b(?:heart|panic|asthma|anxiety|personal|verbal|political|scathing|sharp)\s+$/i,
    notAfter: /^\s+(?:the\s+)?(?:virus|disease|problem|issue|policy|plan|proposal|idea|decision|record|government['’]s\s+(?:policy|plan|record))\b/i,
    confidence: 0.85,
  },
  // ---- agreement ----
  {
    id: 'agreement-signed',
    type: 'agreement',
    pattern:
      '\\b(?:signed|signs|sign|signing|inked|concluded|struck|reached|clinched|sealed)\\s+(?:[\\w’\'-]+\\s+){0,5}?(?:deals?|treat(?:y|ies)|agreements?|accords?|pacts?|memorand(?:um|a)|contracts?|MoUs?|declaration|charter)\\b',
    example: 'Egypt and Israel signed a gas export agreement on Wednesday.',
    confidence: 0.9,
  },
  {
    id: 'agreement-was-signed',
    type: 'agreement',
    pattern: '\\b(?:deal|treaty|agreement|accord|pact|memorandum)\\s+(?:was|were|has\\s+been|had\\s+been|will\\s+be|is\\s+to\\s+be)\\s+signed\\b',
    example: 'The treaty was signed in Lisbon in 2007.',
    confidence: 0.9,
  },
  {
    id: 'agreement-agreed',
    type: 'agreement',
    pattern: '\\bagreed\\s+(?:to|on|upon)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:ceasefire|truce|deal|framework|peace\\s+plan)\\b',
    example: 'The warring parties agreed to a 72-hour ceasefire.',
    confidence: 0.85,
  },
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
  const source = onLowerCase ? rule.pattern.replace(/(\\.)|([A-Z])/g, (_, escape?: string, upper?: string) => escape ?? upper!.toLowerCase()) : rule.pattern;
  return { ...rule, order, onLowerCase, regex: new RegExp(source, rule.flags ?? 'g') };
});

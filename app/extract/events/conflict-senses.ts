// Guards of the attack trigger rules (conflict-rules.ts) for senses of conflict words that report no attack, as data:
// each names the sense with an example it rejects and, where the word is close, one it keeps. They are tested on the
// sentence text just before / after the match (`...$` / `^...`), as the notBefore / notAfter of a TriggerRule.

/**
 * Criticism: "the senator attacked the minister for failing to act", "Trump blasts Democrats over the budget plan",
 * "attacked her over her remarks". A verb of violence takes no "for <gerund / his / not>" or "over <remarks>" of
 * the reason it was done ("Militants attacked an army post for the second time" is still an attack).
 */
export const CRITICISM_AFTER =
  /^\s+(?:[A-Za-z'’.-]+\s+){0,4}?(?:for\s+(?:his|her|their|its|not|failing|refusing|being|saying|allowing|calling|what)\b|over\s+(?:(?:his|her|their|its|the)\s+)?(?:[\w-]+\s+)?(?:remarks?|comments?|statements?|handling|response|stance|views?|decision|policy|policies|plans?|failure|refusal|record|tweets?|claims?|budget)\b)/i;

/**
 * Attacks that are no armed violence: on computers ("a cyber attack on the bank", "a ransomware attack"), by animals
 * ("a shark attack", "dog attacks"), on a reputation ("character assassination"), in words ("In a long verbal attack
 * read on Iraqi television Thursday, Saddam repeatedly called Bush a liar", TimeBank; "a scathing attack on the
 * budget"). "a terror attack", "a drone attack", "a knife attack" stay attacks.
 */
export const NON_VIOLENT_ATTACK_BEFORE =
  /\b(?:cyber|ransomware|hacking|hacker|phishing|malware|DDoS|denial-of-service|online|computer|network|shark|dog|bear|wolf|crocodile|alligator|snake|bee|animal|character|verbal|rhetorical|scathing|blistering|stinging|withering|personal|smear)\s+$/i;

/**
 * Labour strikes: "workers went on strike", "pilots are on strike", "a strike over pay", "a strike by bus drivers";
 * and other senses: "strikes me as", "strike a conciliatory tone", "the strike price". "air strikes on Idlib" and "a
 * strike on the convoy" stay attacks.
 */
export const LABOUR_STRIKE_BEFORE =
  /\b(?:on|(?:pilots|drivers|staff|miners|dockers|transport|port|postal|bus|truck|taxi|airport|garbage|refuse|student|students)['’]?|bowling|lightning|three)\s+$/i;
export const OTHER_STRIKE_AFTER =
  /^\s+(?:over\s+(?:pay|wages|pensions?|jobs|working|conditions|salar\w*|hours)|by\s+(?:[\w-]+\s+){0,2}?(?:workers|staff|employees|teachers|nurses|doctors|drivers|pilots|miners|unions?)|price|me\s+as|out\b|an?\s+(?:[\w-]+\s+)?(?:deal|balance|chord|tone|note|pose|bargain|compromise|blow))\b/i;

/**
 * "stormed out of the meeting", "stormed off the stage", "stormed to victory", "stormed into the lead"; and money or
 * stores raided ("raided the pension fund", "raided the fridge"). "Gunmen stormed the hotel", "stormed into the
 * building" and "militants raided a village" stay attacks.
 */
export const NOT_A_RAID_AFTER =
  /^\s+(?:out|off|away|back|home|to\s+(?:victory|power|the\s+(?:top|lead|title|win))|into\s+(?:the\s+)?(?:lead|studio|final))\b|^\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:fund|funds|coffers|savings|accounts?|budget|pension|fridge|wardrobe|piggy\s+bank)\b/i;

/**
 * Figurative explosions: "a rocket's blast-off", "blast off", "a blast from the past", "at full blast", "exploded in
 * anger", "sales exploded", "an explosion of violence", "an explosion in sales". "A blast hit the market" and "the
 * bomb exploded in the car" stay attacks.
 */
export const FIGURATIVE_EXPLOSION_AFTER =
  /^(?:-?\s*off\b|\s+from\s+the\s+past\b|\s+(?:in\s+(?:anger|fury|rage|popularity|laughter|applause|value|size|numbers|sales|demand|prices|cases)|into\s+(?:a\s+)?(?:rage|row|debate|controversy|scandal|life|view)|onto\s+the\s+scene|of\s+(?:violence|support|creativity|joy|emotion|rage|popularity|sales|cases|prices|investment))\b)/i;
export const FIGURATIVE_EXPLOSION_BEFORE =
  /\b(?:full|(?:prices?|sales|demand|costs?|debt|debate|row|controversy|scandal|market|numbers?|cases|popularity)\s+(?:have\s+|has\s+|had\s+)?)\s*$/i;

/**
 * Towns, land and things captured or seized are taken, not attacked: "militias captured IS’ last remaining territory"
 * (WikiEvents dev), "rebels seized control of the town", "fighters seized weapons". "Militants captured two soldiers"
 * and "rebels seized hostages" stay attacks. A negative lookahead of the verb in the attack-by-result pattern.
 */
export const TAKEN_NOT_ATTACKED =
  "(?!\\s+(?:[\\w'’-]+\\s+){0,4}?(?:territor(?:y|ies)|towns?|cit(?:y|ies)|villages?|control|ground|land|positions?|hills?|weapons?|arms|ammunition|documents?|drugs|vehicles?)\\b)";

/**
 * What is shot down or downed without an attack: ideas ("shot down the proposal", "shoot down the rumours") and
 * things laid down ("workers downed tools", "downed power lines", "downed a pint"). "shot down a helicopter" and
 * "the drone was downed" stay attacks. Tested on the words after "down" / "downed" (only a pronoun may stand between
 * the verb and "down": "shoot it down").
 */
export const SHOT_DOWN_NOT_AFTER =
  /^\s+(?:(?:the|a|an|his|her|their|its|any|all|such)\s+)?(?:[\w-]+\s+)?(?:proposals?|ideas?|plans?|bills?|motions?|rumou?rs?|claims?|requests?|suggestions?|amendments?|reports?|theor(?:y|ies)|notions?|tools|power\s+lines?|trees?|pints?|beers?|drinks?)\b/i;

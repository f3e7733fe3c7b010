// Human-readable event labels: "Wang Yi meets Vladimir Putin", "Vladimir Putin visits China",
// "Third Belt and Road Forum for International Cooperation", "Russia invades Ukraine", "Airstrike in Rafah".

import type { EventTypeId } from '../../model/event-types';
import type { EventMention } from './event-mention';
import { sentenceTailBefore } from './find-triggers';
import { agreedAction } from './agreed-action';
import { describedMovement } from './movement-label';
import { casualtiesOf, describedAttacker, verbAfterDescribed, type Casualties } from './casualties';

export interface LabelInput {
  type: EventTypeId;
  /** Participant names that are countries. */
  countries: ReadonlySet<string>;
  agents: string[];
  patients: string[];
  places: string[];
  mentions: readonly EventMention[];
  /** What the article is about (article-subject.ts): added to a label that names nobody and nowhere. */
  subject?: string;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const inPlace = (places: readonly string[]): string => (places[0] ? ` in ${places[0]}` : '');

function attackNoun(mentions: readonly EventMention[]): string {
  const text = mentions.map((m) => m.trigger.text.toLowerCase()).join(' ');
  const rules = new Set(mentions.map((m) => m.trigger.rule.id));
  if (/drone/.test(text)) return 'Drone strike';
  if (/missile/.test(text)) return 'Missile strike';
  if (/rocket/.test(text)) return 'Rocket attack';
  if (rules.has('attack-airstrike')) return 'Airstrike';
  if (rules.has('attack-shelling') || /mortar|shells\b|shell\b/.test(text)) return 'Shelling';
  if (/suicide/.test(text)) return 'Suicide bombing';
  if (/bomb/.test(text)) return 'Bombing';
  if (/explo|blast|detonat|ied/.test(text)) return 'Explosion';
  if (/ambush/.test(text)) return 'Ambush';
  if (/raid|storm/.test(text)) return 'Raid';
  if (/stab/.test(text)) return 'Stabbing';
  if (/massacre/.test(text)) return 'Massacre';
  if (/shoot|gunfire|fire|shot/.test(text)) return 'Shooting';
  if (/assassin/.test(text)) return 'Assassination';
  return 'Attack';
}

/** The names of the persons among the agents and patients of the mentions. */
function personNames(mentions: readonly EventMention[]): Set<string> {
  return new Set(
    mentions
      .flatMap((m) => [...m.agents, ...m.patients])
      .filter((e) => e.kind === 'person')
      .map((e) => e.name),
  );
}

/** The casualties the first attack mention counts (casualties.ts), with its described attacker when there is one. */
function casualtiesOfMentions(mentions: readonly EventMention[]): { casualties: Casualties; attacker?: string } | undefined {
  for (const m of mentions) {
    if (m.trigger.type !== 'attack') continue;
    const casualties = casualtiesOf(m.trigger);
    if (casualties) return { casualties, attacker: describedAttacker(m.trigger) };
  }
  return undefined;
}

/** "Assassination of", "Explosion at", "Airstrike on": the preposition naming what an attack of this kind struck. */
function attackPreposition(noun: string): string {
  if (/^(?:Explosion)$/.test(noun)) return 'at';
  if (/^(?:Assassination|Shooting|Stabbing|Massacre|Bombing|Suicide bombing|Shelling)$/.test(noun)) return 'of';
  return 'on';
}

const AGREEMENT_NOUNS = '(ceasefire|truce|treaty|accord|pact|memorandum|contract|declaration|charter|deal|agreement|framework)';

function agreementNoun(mentions: readonly EventMention[]): string {
  const text = mentions.map((m) => m.trigger.text.toLowerCase()).join(' ');
  const m = new RegExp(AGREEMENT_NOUNS).exec(text);
  return m ? m[1]! : 'agreement';
}

/** The qualifier a signing verb's object gives its agreement noun: "signed a free trade agreement", "a gas supply deal". */
const QUALIFIED_NOUN_IN_TRIGGER = new RegExp(`\\b(?:an?|the|their|its)\\s+((?:[a-z][a-z-]*\\s+){1,2})${AGREEMENT_NOUNS}$`);

/** "free trade agreement" for "signed a free trade agreement" ("ceasefire agreement"); `noun` when the trigger qualifies none. */
function qualifiedAgreementNoun(mentions: readonly EventMention[], noun: string): string {
  for (const m of mentions) {
    const found = QUALIFIED_NOUN_IN_TRIGGER.exec(m.trigger.text.toLowerCase());
    const words = found?.[1]?.trim().split(/\s+/) ?? [];
    while (words.length > 0 && NOT_QUALIFIERS.test(words[0]!)) words.shift();
    if (words.length > 0 && words.every((w) => !NOT_QUALIFIERS.test(w))) return `${words.join(' ')} ${found![2]}`;
  }
  return noun;
}

/** Agreement rules whose trigger is the agents' own verb: its object is the other side ("agreed to acquire Deseret Bank"). */
const AGREEING_VERB_RULES = new Set(['agreement-signed', 'agreement-agreed', 'agreement-agreed-to-act', 'agreement-agreed-with']);

/**
 * The other side of an agreement: the patients of its agents' own verb, or named after "with" ("signed a contract with
 * the Pentagon"). A name merely after the noun is none: "the council insists any deal must allow UN inspectors" (TimeBank).
 */
function counterparties(mentions: readonly EventMention[]): string[] {
  const out = new Set<string>();
  for (const m of mentions)
    for (const p of m.patients) {
      const between = m.trigger.sentence.text.slice(m.trigger.end - m.trigger.sentence.start, p.start - m.trigger.sentence.start);
      if (AGREEING_VERB_RULES.has(m.trigger.rule.id) || /\bwith\b/i.test(between)) out.add(p.name);
    }
  return [...out];
}

/**
 * "Iran and Russia agree to expand military cooperation" (agreed-action.ts), or undefined: the agents of that mention
 * (not of every mention of the event: "under which Iraq agreed to give inspectors full access", TimeBank) and the sides
 * its trigger names after "with". Beside a company, a state is only what it is based in ("Ratners Group PLC's U.S.
 * subsidiary has agreed to acquire", TimeBank).
 */
function agreedActionLabel(mentions: readonly EventMention[]): string | undefined {
  for (const m of mentions) {
    const action = agreedAction(m);
    if (!action) continue;
    const within = m.patients.filter((p) => p.start >= m.trigger.start && p.end <= m.trigger.end);
    const sides = [...m.agents, ...within];
    const company = sides.some((e) => e.kind === 'organisation');
    const parties = [...new Set(sides.filter((e) => !(company && e.kind === 'country')).map((e) => e.name))].slice(0, 3);
    if (parties.length === 0) return undefined;
    return `${joinNames(parties)} ${parties.length > 1 ? 'agree' : 'agrees'} ${action}`;
  }
  return undefined;
}

/** Trigger words that say the agreement was signed, not only named ("signed a pact", "the treaty was inked"). */
const SIGNING = /\b(?:sign|signs|signed|signing|inked|sealed|ratif\w+)\b/i;

/**
 * A lower-case qualifier of an unnamed gathering or agreement just before its noun: "a developers' conference",
 * "a large business forum", "the merger agreement", "a stock purchase agreement". Sizes, times and ordinals qualify
 * nothing an analyst can tell apart.
 */
const LOWER_MODIFIER_BEFORE = /\b(?:an?|the|this|that|its|their|his|her)\s+((?:[\p{Ll}][\p{Ll}'’-]*\s+){1,2})$/u;
const NOT_QUALIFIERS =
  /^(?:large|small|major|big|huge|annual|new|first|last|next|recent|upcoming|forthcoming|planned|proposed|same|whole|previous|previously|announced|tentative|final|possible|potential|special|informal|formal|joint|separate|such|other|two|three|one-day|two-day|three-day|day-long|week-long|latest|historic|rare|key|initial|earlier|later|largest|biggest|multi-billion|\d[\w-]*|the|a|an|of|to|and|or|in|on|at|for|with|by|from|as|no|not|any|if|whether|this|that|these|those|his|her|its|their|our|my|your|what|which|who|whose|day|time|year|is|was|be|been|has|have|had|will|would|said|says)$/;

function lowerModifier(mentions: readonly EventMention[], type: EventTypeId): string | undefined {
  for (const m of mentions) {
    if (m.trigger.type !== type || /\s/.test(m.trigger.text.trim())) continue; // "signed a deal": the verb, not a qualifier
    const words = LOWER_MODIFIER_BEFORE.exec(sentenceTailBefore(m.trigger))?.[1]?.trim().split(/\s+/) ?? [];
    while (words.length > 0 && NOT_QUALIFIERS.test(words[0]!)) words.shift();
    if (words.length > 0 && words.every((w) => !NOT_QUALIFIERS.test(w))) return words.join(' ');
  }
  return undefined;
}

/** "an Arctic summit", "the Nordic forum": a capitalised word qualifying an unnamed forum (not its place nor a date). */
const FORUM_MODIFIER_BEFORE = /\b(?:an?|the|this|that)\s+(\p{Lu}\p{Ll}[\p{L}-]*)\s+$/u;
const NOT_MODIFIERS =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Next|Last|First|Second|Third|New)$/;

function forumModifier(mentions: readonly EventMention[], places: readonly string[]): string | undefined {
  for (const m of mentions) {
    if (m.trigger.type !== 'forum') continue;
    const before = sentenceTailBefore(m.trigger);
    const word = FORUM_MODIFIER_BEFORE.exec(before)?.[1];
    if (word && !NOT_MODIFIERS.test(word) && !places.includes(word)) return word;
  }
  return undefined;
}

/** The label of an event from its arguments (agents first) and its trigger mentions. */
export function eventLabel(input: LabelInput): string {
  const label = namedLabel(input);
  return label.nameless && input.subject ? `${label.text} — ${input.subject}` : label.text;
}

interface Label {
  text: string;
  /** The label is only a type word or a common-noun phrase ("Explosion", "Merger agreement"): it names nothing. */
  nameless: boolean;
}

const named = (text: string): Label => ({ text, nameless: false });
const nameless = (text: string): Label => ({ text, nameless: true });
/** A kind with a place is named ("Meeting in London"); without one it names nothing. */
const kindIn = (kind: string, places: readonly string[]): Label => (places[0] ? named(`${kind} in ${places[0]}`) : nameless(kind));

function namedLabel({ type, countries, agents, patients, places, mentions }: LabelInput): Label {
  // Without a named subject, the first named party of a gathering or agreement takes its place.
  const subjectFirst = agents.length === 0 && type !== 'invasion' && type !== 'attack' ? patients : agents;
  const [agent, ...otherAgents] = subjectFirst;
  const others = subjectFirst === agents ? [...otherAgents, ...patients] : otherAgents;
  switch (type) {
    case 'meeting':
      if (agents.length > 1 && patients.length === 0) return named(`${joinNames(agents)} hold talks${inPlace(places)}`);
      if (agent && others.length > 0) return named(`${agent} meets ${joinNames(others)}`);
      if (agent) return named(`${agent} holds talks${inPlace(places)}`);
      return kindIn('Meeting', places);
    case 'visit': {
      // "UN secretary general Kofi Annan visits": the person nearest the trigger is the visitor, not the body they lead.
      const people = personNames(mentions);
      const personVisitor = agents.findLast((name) => people.has(name));
      // "Chechen fighters cross into Dagestan": movers the text only describes are no state's visit (movement-label.ts).
      const movement = personVisitor ? undefined : mentions.map((m) => describedMovement(m.trigger)).find(Boolean);
      if (movement && places[0]) return named(`${movement} ${places[0]}`);
      const visitor = personVisitor ?? agent ?? patients[0];
      if (visitor && places[0]) return named(`${visitor} visits ${places[0]}`);
      if (visitor) return named(`Visit by ${visitor}`);
      return places[0] ? named(`Visit to ${places[0]}`) : nameless('Visit');
    }
    case 'forum': {
      const byName = mentions.find((m) => m.trigger.rule.id === 'forum-named' || m.trigger.rule.id === 'forum-bloc-summit');
      if (byName) return named(capitalise(byName.trigger.text.replace(/^(?:the|The)\s+/, '')));
      const noun =
        (mentions.find((m) => m.trigger.type === 'forum') ?? mentions[0])?.trigger.text.toLowerCase().replace(/([^s])s$/, '$1') ?? 'forum';
      const modifier = forumModifier(mentions, places);
      if (modifier) return named(`${modifier} ${noun}${inPlace(places)}`);
      // "Developers' conference: Steve Jobs", "Business forum in Saint Petersburg".
      const kind = capitalise([lowerModifier(mentions, 'forum'), noun].filter(Boolean).join(' '));
      if (places[0] || subjectFirst.length === 0) return kindIn(kind, places);
      return named(`${kind}: ${[...agents, ...patients].slice(0, 3).join(', ')}`);
    }
    case 'invasion':
      if (agent && patients[0]) return named(`${agent} invades ${joinNames(patients)}`);
      if (patients[0]) return named(`Invasion of ${joinNames(patients)}`);
      if (agent) return named(`Invasion by ${agent}${inPlace(places)}`);
      return kindIn('Invasion', places);
    case 'attack': {
      // "Taliban attacks Camp Shorabak in Helmand Province": the place is added when it is not the target itself.
      if (agent && patients[0])
        return named(`${agent} attacks ${joinNames(patients)}${inPlace(places.filter((p) => !patients.includes(p)))}`);
      const noun = attackNoun(mentions);
      // No one struck is named: whom the text counts ("Hezbollah kills three Israeli soldiers", "Gunman kills five police
      // officers in Dallas", "Explosion kills at least 12 people in Kabul") says more than the kind of attack alone.
      const struck = casualtiesOfMentions(mentions);
      if (agent && struck) {
        const by = noun === 'Attack' ? agent : `${noun} by ${agent}`; // "Missile strike by Russia kills at least five people"
        return named(`${by} ${struck.casualties.verb} ${struck.casualties.phrase}${inPlace(places)}`);
      }
      if (agent) return named(`${noun} by ${agent}${inPlace(places)}`);
      // No attacker named: the people it struck ("Assassination of Saddam Hussein"). A state or site struck stays out
      // of such a label: read without its attacker it is too often only the owner of the site ("the US embassy").
      const people = personNames(mentions);
      const victims = patients.filter((name) => people.has(name));
      if (victims[0]) return named(`${noun} ${attackPreposition(noun)} ${joinNames(victims)}${inPlace(places)}`);
      if (struck) {
        const { casualties, attacker } = struck;
        const verb = attacker ? verbAfterDescribed(attacker, casualties) : casualties.verb;
        return named(`${attacker ?? noun} ${verb} ${casualties.phrase}${inPlace(places)}`);
      }
      // "Shelling by government forces in Houla": attackers the text only describes.
      const described = mentions.map((m) => (m.trigger.type === 'attack' ? describedAttacker(m.trigger) : undefined)).find(Boolean);
      if (described) return named(`${noun} by ${described.toLowerCase()}${inPlace(places)}`);
      return kindIn(noun, places);
    }
    case 'agreement': {
      // "First Security Corp. agrees to acquire Deseret Bank": what the parties agreed to do, when the text says it.
      const agreed = agreedActionLabel(mentions);
      if (agreed) return named(agreed);
      const kind = agreementNoun(mentions);
      const noun = qualifiedAgreementNoun(mentions, kind); // "Ukraine and Türkiye sign free trade agreement"
      // Companies or groups that sign with a state or another party name both sides: "Lockheed Martin and Raytheon sign
      // contract with United States" (before: "United States signs contract", the companies that signed left out).
      const withWhom = counterparties(mentions).filter((name) => !agents.includes(name));
      if (agents.length > 0 && withWhom.length > 0 && !agents.some((n) => countries.has(n))) {
        const signers = agents.slice(0, 3);
        return named(`${joinNames(signers)} ${signers.length > 1 ? 'sign' : 'signs'} ${noun} with ${joinNames(withWhom.slice(0, 2))}`);
      }
      // States sign agreements: when countries are named, they are the parties of the label.
      const namedParties = [...agents, ...patients];
      const states = namedParties.filter((n) => countries.has(n));
      const parties = (states.length > 0 ? states : namedParties).slice(0, 3);
      if (parties.length >= 2) return named(`${joinNames(parties)} sign ${noun}`);
      if (parties.length === 1) return named(`${parties[0]} signs ${noun}`);
      // Nobody named: what kind of agreement ("Merger agreement"), and "signed" only when the text says so.
      const unnamed = capitalise(noun !== kind ? noun : [lowerModifier(mentions, 'agreement'), kind].filter(Boolean).join(' '));
      const signed = mentions.some((m) => SIGNING.test(m.trigger.text) || SIGNING.test(m.trigger.sentence.text));
      return kindIn(`${unnamed}${signed ? ' signed' : ''}`, places);
    }
  }
}

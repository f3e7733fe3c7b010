// Human-readable event labels: "Wang Yi meets Vladimir Putin", "Vladimir Putin visits China",
// "Third Belt and Road Forum for International Cooperation", "Russia invades Ukraine", "Airstrike in Rafah".

import type { EventTypeId } from '../../model/event-types';
import type { EventMention } from './event-mention';
import { sentenceTailBefore } from './find-triggers';

export interface LabelInput {
  type: EventTypeId;
  /** Participant names that are countries. */
  countries: ReadonlySet<string>;
  agents: string[];
  patients: string[];
  places: string[];
  mentions: readonly EventMention[];
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
  if (rules.has('attack-shelling')) return 'Shelling';
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

function agreementNoun(mentions: readonly EventMention[]): string {
  const text = mentions.map((m) => m.trigger.text.toLowerCase()).join(' ');
  const m = /(ceasefire|truce|treaty|accord|pact|memorandum|contract|declaration|charter|deal|agreement|framework)/.exec(text);
  return m ? m[1]! : 'agreement';
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
export function eventLabel({ type, countries, agents, patients, places, mentions }: LabelInput): string {
  // Without a named subject, the first named party of a gathering or agreement takes its place.
  const subjectFirst = agents.length === 0 && type !== 'invasion' && type !== 'attack' ? patients : agents;
  const [agent, ...otherAgents] = subjectFirst;
  const others = subjectFirst === agents ? [...otherAgents, ...patients] : otherAgents;
  switch (type) {
    case 'meeting':
      if (agents.length > 1 && patients.length === 0) return `${joinNames(agents)} hold talks${inPlace(places)}`;
      if (agent && others.length > 0) return `${agent} meets ${joinNames(others)}`;
      if (agent) return `${agent} holds talks${inPlace(places)}`;
      return `Meeting${inPlace(places)}`;
    case 'visit': {
      // "UN secretary general Kofi Annan visits": the person nearest the trigger is the visitor, not the body they lead.
      const people = new Set(
        mentions
          .flatMap((m) => [...m.agents, ...m.patients])
          .filter((e) => e.kind === 'person')
          .map((e) => e.name),
      );
      const visitor = agents.findLast((name) => people.has(name)) ?? agent ?? patients[0];
      if (visitor && places[0]) return `${visitor} visits ${places[0]}`;
      if (visitor) return `Visit by ${visitor}`;
      return places[0] ? `Visit to ${places[0]}` : 'Visit';
    }
    case 'forum': {
      const named = mentions.find((m) => m.trigger.rule.id === 'forum-named' || m.trigger.rule.id === 'forum-bloc-summit');
      if (named) return capitalise(named.trigger.text.replace(/^(?:the|The)\s+/, ''));
      const noun =
        (mentions.find((m) => m.trigger.type === 'forum') ?? mentions[0])?.trigger.text.toLowerCase().replace(/s$/, '') ?? 'forum';
      const modifier = forumModifier(mentions, places);
      if (modifier) return `${modifier} ${noun}${inPlace(places)}`;
      if (places[0] || subjectFirst.length === 0) return `${capitalise(noun)}${inPlace(places)}`;
      return `${capitalise(noun)}: ${[...agents, ...patients].slice(0, 3).join(', ')}`;
    }
    case 'invasion':
      if (agent && patients[0]) return `${agent} invades ${joinNames(patients)}`;
      if (patients[0]) return `Invasion of ${joinNames(patients)}`;
      if (agent) return `Invasion by ${agent}${inPlace(places)}`;
      return `Invasion${inPlace(places)}`;
    case 'attack': {
      // "Taliban attacks Camp Shorabak in Helmand Province": the place is added when it is not the target itself.
      if (agent && patients[0]) return `${agent} attacks ${joinNames(patients)}${inPlace(places.filter((p) => !patients.includes(p)))}`;
      const noun = attackNoun(mentions);
      if (agent) return `${noun} by ${agent}${inPlace(places)}`;
      return `${noun}${inPlace(places)}`;
    }
    case 'agreement': {
      // States sign agreements: when countries are named, they are the parties of the label.
      const named = [...agents, ...patients];
      const states = named.filter((n) => countries.has(n));
      const parties = (states.length > 0 ? states : named).slice(0, 3);
      const noun = agreementNoun(mentions);
      if (parties.length >= 2) return `${joinNames(parties)} sign ${noun}`;
      if (parties.length === 1) return `${parties[0]} signs ${noun}`;
      return `${capitalise(noun)} signed${inPlace(places)}`;
    }
  }
}

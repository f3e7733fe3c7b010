// Human-readable event labels: "Wang Yi meets Vladimir Putin", "Vladimir Putin visits China",
// "Third Belt and Road Forum for International Cooperation", "Russia invades Ukraine", "Airstrike in Rafah".
// Attacks and agreements have their own files (attack-label.ts, agreement-label.ts).

import type { EventMention } from './event-mention';
import { sentenceTailBefore } from './find-triggers';
import { describedMovement } from './movement-label';
import { agreementLabel } from './agreement-label';
import { attackLabel } from './attack-label';
import {
  capitalise,
  inPlace,
  joinNames,
  kindIn,
  lowerModifier,
  named,
  nameless,
  personNames,
  type Label,
  type LabelInput,
} from './label-parts';

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

function namedLabel(input: LabelInput): Label {
  const { type, agents, patients, places, mentions } = input;
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
    case 'attack':
      return attackLabel(input, agent);
    case 'agreement':
      return agreementLabel(input);
  }
}

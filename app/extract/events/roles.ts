// Role fillers of an event per type (app/model/event.ts EventRoleName), from the agents, patients and places of its
// mentions: meeting and agreement `party`; visit `visitor`, `host`, `destination`; forum `name`, `attendee`,
// `host-city`; invasion and attack `attacker`, `target` (states, forces, sites) or `victim` (people), `weapon`;
// any type `place`. The flat `participants` / `places` lists of the event are derived from these roles.
// Reporting speakers never reach the roles: argument attachment stops at "said", "told", "according to".

import type { EventRole, EventRoleName } from '../../model/event';
import type { EventTypeId } from '../../model/event-types';
import type { EntityMention } from '../entities/types';
import type { EventMention } from './event-mention';

/** Roles that name who took part (the flat `participants`), in the order they are listed. */
const PARTICIPANT_ROLES: ReadonlySet<EventRoleName> = new Set(['party', 'visitor', 'host', 'attendee', 'attacker', 'target', 'victim']);
/** Roles that name where (the flat `places`). */
const PLACE_ROLES: ReadonlySet<EventRoleName> = new Set(['place', 'destination', 'host-city']);

function agentRole(type: EventTypeId): EventRoleName {
  switch (type) {
    case 'meeting':
    case 'agreement':
      return 'party';
    case 'visit':
      return 'visitor';
    case 'forum':
      return 'attendee';
    case 'invasion':
    case 'attack':
      return 'attacker';
  }
}

function patientRole(type: EventTypeId, e: EntityMention): EventRoleName {
  switch (type) {
    case 'visit':
      return 'host'; // "a visit to meet Erdogan" (a visited country is attached as a place: "visit China")
    case 'attack':
      return e.kind === 'person' ? 'victim' : 'target';
    case 'invasion':
      return 'target';
    default:
      return agentRole(type);
  }
}

function placeRole(type: EventTypeId, e: EntityMention): EventRoleName {
  if (type === 'visit') return 'destination';
  if (type === 'forum' && e.kind === 'place') return 'host-city';
  return 'place';
}

/** Weapons and means named in an attack trigger ("drone strike", "car bomb"), as data: [pattern, canonical name]. */
const WEAPON_WORDS: readonly [RegExp, string][] = [
  [/\bdrones?\b/i, 'drone'],
  [/\bmissiles?\b/i, 'missile'],
  [/\brockets?\b/i, 'rocket'],
  [/\bcar[- ]bomb/i, 'car bomb'],
  [/\bsuicide\b/i, 'suicide bomb'],
  [/\b(?:ied|roadside bomb|improvised explosive)/i, 'improvised explosive device'],
  [/\bartillery|shell(?:ing|ed|s)?\b/i, 'artillery'],
  [/\bair ?strikes?|warplanes?/i, 'aircraft'], // not "bombers": "a suicide bomber killed 25" is a man
  [/\bgun(?:man|men|fire|shots?)?\b|\bshoot|\bshot\b/i, 'firearm'],
  [/\bknife|stabb/i, 'knife'],
];

const NAMED_TRIGGER_RULES = new Set(['forum-named', 'forum-bloc-summit']);

function evidenceOf(e: EntityMention): EventRole['evidence'] {
  return { start: e.start, end: e.end, text: e.text, ruleId: e.ruleId };
}

/** The roles of an event of `type` over its mentions; a name keeps the first role it was given. */
export function eventRoles(type: EventTypeId, mentions: readonly EventMention[]): EventRole[] {
  const roles: EventRole[] = [];
  const seen = new Set<string>();
  const add = (role: EventRoleName, value: string, evidence: EventRole['evidence']): void => {
    // A name is listed once among who took part and once among where (a state can be both); its first role wins.
    const key = `${PARTICIPANT_ROLES.has(role) ? 'who' : PLACE_ROLES.has(role) ? 'where' : role}|${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    roles.push({ role, value, ...(evidence ? { evidence } : {}) });
  };
  // A name is an agent or a patient by where it was first attached; agents are listed first.
  const side = new Map<string, { agent: boolean; entity: EntityMention }>();
  for (const m of mentions) {
    for (const e of m.agents) if (!side.has(e.name)) side.set(e.name, { agent: true, entity: e });
    for (const e of m.patients) if (!side.has(e.name)) side.set(e.name, { agent: false, entity: e });
  }
  for (const { agent, entity } of side.values()) if (agent) add(agentRole(type), entity.name, evidenceOf(entity));
  for (const { agent, entity } of side.values()) if (!agent) add(patientRole(type, entity), entity.name, evidenceOf(entity));
  for (const m of mentions) for (const e of m.places) add(placeRole(type, e), e.name, evidenceOf(e));
  for (const m of mentions) {
    const t = m.trigger;
    const evidence = { start: t.start, end: t.end, text: t.text, ruleId: t.rule.id };
    if ((type === 'forum' && NAMED_TRIGGER_RULES.has(t.rule.id)) || (type === 'agreement' && /^\p{Lu}\S*\s+\S/u.test(t.text))) {
      const name = t.text.replace(/^(?:the|The)\s+/, '');
      add('name', name.charAt(0).toUpperCase() + name.slice(1), evidence);
    }
    if (type === 'attack') for (const [pattern, weapon] of WEAPON_WORDS) if (pattern.test(t.text)) add('weapon', weapon, evidence);
  }
  return roles;
}

/** The flat lists the rest of the app reads: who took part, and where (an invaded state is also a place). */
export function flatListsFromRoles(type: EventTypeId, roles: readonly EventRole[]): { participants: string[]; places: string[] } {
  const participants = roles.filter((r) => PARTICIPANT_ROLES.has(r.role)).map((r) => r.value);
  const places = roles.filter((r) => PLACE_ROLES.has(r.role)).map((r) => r.value);
  if (type === 'invasion') for (const r of roles) if (r.role === 'target' && !places.includes(r.value)) places.push(r.value);
  return { participants, places };
}

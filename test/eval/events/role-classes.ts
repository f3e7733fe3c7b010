// Role classes for argument scoring: the app's role names (app/model/event.ts EventRoleName) and the corpora's role
// names (WikiEvents/KAIROS, MEANTIME/PropBank) are mapped onto a few classes; a system filler matches a gold
// argument only when their classes agree. Attacker and target are different classes: telling them apart is the point.

import type { EventRoleName } from '../../../app/model/event';
import type { EventTypeId } from '../../../app/model/event-types';

/** who: parties, attendees, visitors, hosts; attacker; target: targets and victims; where: places, destinations. */
export type GoldRoleClass = 'who' | 'attacker' | 'target' | 'where' | 'name' | 'weapon';

/** The class of an app role; 'participant' stands for a flat participant of an event stored without roles. */
export function classOfAppRole(role: EventRoleName | 'participant'): GoldRoleClass | 'participant' {
  switch (role) {
    case 'party':
    case 'visitor':
    case 'host':
    case 'attendee':
      return 'who';
    case 'attacker':
      return 'attacker';
    case 'target':
    case 'victim':
      return 'target';
    case 'place':
    case 'destination':
    case 'host-city':
      return 'where';
    case 'name':
      return 'name';
    case 'weapon':
      return 'weapon';
    case 'participant':
      return 'participant';
  }
}

/** A flat participant (no role) is taken as any non-place role: the lenient reading of events stored before roles. */
export function classesAgree(system: GoldRoleClass | 'participant', gold: GoldRoleClass): boolean {
  if (system === 'participant') return gold !== 'where' && gold !== 'weapon';
  return system === gold;
}

/** WikiEvents (KAIROS) argument roles of the scored event types; roles not listed are not scored (Origin, Vehicle, Topic). */
const KAIROS_ROLES: Readonly<Record<string, GoldRoleClass>> = {
  Attacker: 'attacker',
  Target: 'target',
  Victim: 'target',
  Place: 'where',
  Instrument: 'weapon',
  ExplosiveDevice: 'weapon',
  Participant: 'who',
  Transporter: 'who',
  PassengerArtifact: 'who',
  Destination: 'where',
};

export function kairosRoleClass(role: string): GoldRoleClass | null {
  return KAIROS_ROLES[role] ?? null;
}

/** MEANTIME (PropBank) semantic roles per app event type: Arg0 is the agent, Arg1 the patient or theme. */
const PROPBANK_ROLES: Readonly<Record<EventTypeId, Readonly<Record<string, GoldRoleClass>>>> = {
  meeting: { Arg0: 'who', Arg1: 'who', Arg2: 'who', 'Argm-LOC': 'where' },
  visit: { Arg0: 'who', Arg1: 'where', Arg2: 'where', 'Argm-LOC': 'where' },
  forum: { Arg0: 'who', Arg1: 'who', 'Argm-LOC': 'where' },
  attack: { Arg0: 'attacker', Arg1: 'target', 'Argm-LOC': 'where' },
  invasion: { Arg0: 'attacker', Arg1: 'target', 'Argm-LOC': 'where' },
  agreement: { Arg0: 'who', Arg2: 'who', 'Argm-LOC': 'where' },
};

export function propbankRoleClass(type: EventTypeId, role: string): GoldRoleClass | null {
  return PROPBANK_ROLES[type][role] ?? null;
}

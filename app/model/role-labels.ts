// Display names of the event roles (app/model/event.ts EventRoleName), in the order the side panel and exports list them.

import type { EventRoleName } from './event';

export const ROLE_LABELS: readonly (readonly [EventRoleName, string])[] = [
  ['name', 'Name'],
  ['party', 'Parties'],
  ['visitor', 'Visitor'],
  ['host', 'Host'],
  ['attendee', 'Attendees'],
  ['attacker', 'Attacker'],
  ['target', 'Target'],
  ['victim', 'Victims'],
  ['weapon', 'Weapon or means'],
  ['destination', 'Destination'],
  ['host-city', 'Host city'],
  ['place', 'Place'],
];

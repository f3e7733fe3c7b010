// The one list of event types: ids, display names, colours and trigger hints.
// The extraction rules, the timeline, the legend and the exports all read it from here.

export const EVENT_TYPES = [
  {
    id: 'meeting',
    label: 'Meeting',
    color: '#2f6fde',
    description: 'Talks between named parties: met, held talks, received, hosted a meeting.',
  },
  { id: 'visit', label: 'Visit', color: '#1b9e77', description: 'A person or delegation travels to a place: visit, trip, tour, arrival.' },
  {
    id: 'forum',
    label: 'Forum / summit',
    color: '#d95f02',
    description: 'Multilateral gathering: forum, summit, conference, congress, assembly.',
  },
  { id: 'invasion', label: 'Invasion', color: '#c0392b', description: "A state's forces invade, occupy or launch an offensive." },
  { id: 'attack', label: 'Attack', color: '#8e44ad', description: 'Airstrikes, shelling, bombings, raids, shootings.' },
  { id: 'agreement', label: 'Agreement', color: '#7f8c8d', description: 'Signed deals, treaties and accords.' },
] as const;

export type EventTypeId = (typeof EVENT_TYPES)[number]['id'];
export type EventTypeInfo = (typeof EVENT_TYPES)[number];

const BY_ID: ReadonlyMap<string, EventTypeInfo> = new Map(EVENT_TYPES.map((t) => [t.id, t]));

export function isEventTypeId(value: unknown): value is EventTypeId {
  return typeof value === 'string' && BY_ID.has(value);
}

export function eventTypeInfo(id: EventTypeId): EventTypeInfo {
  const info = BY_ID.get(id);
  if (!info) throw new Error(`unknown event type: ${id}`);
  return info;
}

// Maps the column names (CSV header) or keys (JSON objects) of an analyst's event list to our fields,
// with the synonyms analysts use. Names are compared lower-case without spaces, dashes or underscores.

export type EventListField = 'date' | 'endDate' | 'title' | 'type' | 'participants' | 'places' | 'status' | 'description' | 'source';

export const COLUMN_SYNONYMS: Readonly<Record<EventListField, readonly string[]>> = {
  date: ['date', 'start', 'startdate', 'when', 'from', 'begin', 'day', 'datetime'],
  endDate: ['end', 'enddate', 'until', 'to', 'finish', 'through'],
  title: ['title', 'label', 'event', 'name', 'headline', 'summary', 'eventname'],
  type: ['type', 'category', 'kind', 'eventtype', 'class'],
  participants: ['participants', 'participant', 'who', 'actors', 'actor', 'people', 'parties', 'persons'],
  places: ['place', 'places', 'location', 'locations', 'where', 'city', 'country', 'venue'],
  status: ['status', 'state'],
  description: ['description', 'notes', 'note', 'details', 'comment', 'comments'],
  source: ['source', 'url', 'link', 'reference', 'ref'],
};

/** Fields whose values are lists ("a; b | c" or a JSON array). */
export const LIST_FIELDS: ReadonlySet<EventListField> = new Set(['participants', 'places']);

const BY_NAME: ReadonlyMap<string, EventListField> = new Map(
  (Object.entries(COLUMN_SYNONYMS) as [EventListField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [name, field] as const),
  ),
);

export function normaliseColumnName(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/** The field a column name stands for, or null. */
export function fieldOfColumn(name: string): EventListField | null {
  return BY_NAME.get(normaliseColumnName(name)) ?? null;
}

/** Splits a list cell on ";" or "|". */
export function splitListCell(value: string): string[] {
  return value
    .split(/[;|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

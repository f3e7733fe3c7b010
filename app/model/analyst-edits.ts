// The analyst's work on extracted events, carried through re-extraction (a changed publication date, a newer
// engine, a re-import). An extracted event is known across extractions by its identity: its article and where
// its trigger sits in the text (offsets do not change when only the date or the engine changes; the position
// in the event list, which the id is built from, can). Edited fields keep the analyst's value; an event the
// analyst deleted (a tombstone) is not stored again.

import type { EditableField, ReviewState, TimelineEvent } from './event';

/** What the analyst did to one extracted event (the storage row of the analystEdits table). */
export interface AnalystEdit {
  id: string;
  articleId: string;
  values: Partial<TimelineEvent>;
  editedFields: EditableField[];
  reviewState?: ReviewState;
  deleted?: boolean;
}

/** Stable identity of an extracted event: article id and its first trigger's offset (or the first evidence's). */
export function eventIdentity(event: Pick<TimelineEvent, 'id' | 'articleId' | 'mentions' | 'evidence'>): string {
  const trigger = event.mentions.find((mention) => mention.role === 'trigger');
  const at = trigger?.start ?? event.evidence[0]?.start;
  return at === undefined ? event.id : `${event.articleId}@${at}`;
}

/** The values of the edited fields of `event`, to store with its edit record. */
export function editedValues(event: TimelineEvent, fields: readonly EditableField[]): Partial<TimelineEvent> {
  return Object.fromEntries(fields.map((field) => [field, event[field]])) as Partial<TimelineEvent>;
}

/** `event` with the analyst's edit applied: edited field values, the edited-field list, review state. */
export function withAnalystEdit(event: TimelineEvent, edit: AnalystEdit | undefined): TimelineEvent {
  if (!edit) return event;
  const next: TimelineEvent = { ...event, ...edit.values };
  if (edit.editedFields.length > 0) next.editedFields = [...edit.editedFields];
  if (edit.reviewState) next.reviewState = edit.reviewState;
  return next;
}

/** Freshly extracted events with the analyst's edits applied and tombstoned (deleted) events left out. */
export function applyAnalystEdits(events: readonly TimelineEvent[], edits: readonly AnalystEdit[]): TimelineEvent[] {
  if (edits.length === 0) return [...events];
  const byIdentity = new Map(edits.map((edit) => [edit.id, edit]));
  const out: TimelineEvent[] = [];
  for (const event of events) {
    const edit = byIdentity.get(eventIdentity(event));
    if (edit?.deleted) continue;
    out.push(withAnalystEdit(event, edit));
  }
  return out;
}

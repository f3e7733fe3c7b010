// The analyst's writes to single events: edit fields, set the review verdict, delete an event (tombstoned so
// re-extraction does not bring it back; its cluster re-formed), add an event by hand, and merge two events'
// clusters into one. Each runs inside the caller's transaction (the actions wrap them with runRecorded, which
// records the rows for undo). An extracted event's edits are also kept by its identity in analystEdits.

import { editedValues, eventIdentity } from '../../app/model/analyst-edits';
import type { EditableField, ReviewState, TimelineEvent } from '../../app/model/event';
import type { EventFields } from '../../app/model/event-fields';
import { splitId, type StoredEvent } from '../../app/storage/schema';
import { entitiesOfEvents, recordLongestSpan } from './articles-repo';
import { clusterMembers, reformClusters, writeClusters } from './cluster-repo';
import type { TimelineDb } from './timeline-db';

async function stored(db: TimelineDb, eventId: string): Promise<StoredEvent> {
  const event = await db.events.get(eventId);
  if (!event) throw new Error('the event is no longer in the database');
  return event;
}

const isExtracted = (event: TimelineEvent): boolean => event.origin !== 'analyst';

/** Re-derives the participant/place rows of one article from its events. */
async function rebuildEntities(db: TimelineDb, articleId: string): Promise<void> {
  await db.entities.where('articleId').equals(articleId).delete();
  await db.entities.bulkPut(entitiesOfEvents(articleId, await db.events.where('articleId').equals(articleId).toArray()));
}

/** Stores the analyst's work on an extracted event under its identity (so re-extraction re-applies it). */
async function keepAnalystWork(db: TimelineDb, event: TimelineEvent): Promise<void> {
  if (!isExtracted(event)) return;
  const fields = event.editedFields ?? [];
  const record = { id: eventIdentity(event), articleId: event.articleId, values: editedValues(event, fields), editedFields: [...fields] };
  await db.analystEdits.put(event.reviewState ? { ...record, reviewState: event.reviewState } : record);
}

/** Writes new field values; the changed fields join the event's edited fields. Returns the fields changed. */
export async function updateEventFields(db: TimelineDb, eventId: string, fields: Partial<EventFields>): Promise<EditableField[]> {
  const event = await stored(db, eventId);
  const changed = (Object.keys(fields) as (keyof EventFields)[]).filter(
    (field) => JSON.stringify(event[field] ?? '') !== JSON.stringify(fields[field] ?? ''),
  );
  if (changed.length === 0) return [];
  const next: StoredEvent = { ...event, ...fields, editedFields: [...new Set([...(event.editedFields ?? []), ...changed])] };
  if (!next.notes) delete next.notes;
  await db.events.put(next);
  await keepAnalystWork(db, next);
  await recordLongestSpan(db, [next]);
  if (changed.includes('participants') || changed.includes('places')) await rebuildEntities(db, event.articleId);
  return changed;
}

/** Sets (or clears, with null) the analyst's review verdict. */
export async function setReviewState(db: TimelineDb, eventId: string, state: ReviewState | null): Promise<void> {
  const event = await stored(db, eventId);
  const next: StoredEvent = { ...event };
  if (state) next.reviewState = state;
  else delete next.reviewState;
  await db.events.put(next);
  await keepAnalystWork(db, next);
}

/** Removes an event, its hand merges and its cluster membership (the rest of its cluster re-formed); tombstones an extracted one. */
export async function deleteEvent(db: TimelineDb, eventId: string): Promise<StoredEvent> {
  const event = await stored(db, eventId);
  await db.events.delete(eventId);
  await db.merges.where('eventId').equals(eventId).or('otherId').equals(eventId).delete();
  if (isExtracted(event))
    await db.analystEdits.put({ id: eventIdentity(event), articleId: event.articleId, values: {}, editedFields: [], deleted: true });
  await rebuildEntities(db, event.articleId);
  await reformClusters(db, [event.clusterId ?? event.id]);
  return event;
}

/** A new id for an event added by hand. */
export function newAnalystEventId(): string {
  return `analyst-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Stores an event the analyst made by hand (no article, no evidence: its source is "added by the analyst"). */
export async function addAnalystEvent(db: TimelineDb, fields: EventFields, id = newAnalystEventId()): Promise<StoredEvent> {
  const event: StoredEvent = {
    ...fields,
    id,
    articleId: id,
    dateBasis: 'explicit',
    confidence: 1,
    evidence: [],
    mentions: [],
    ruleId: 'analyst',
    origin: 'analyst',
    clusterId: id,
    clusterSize: 1,
    clusterLead: true,
  };
  if (!event.notes) delete event.notes;
  await db.events.put(event);
  await recordLongestSpan(db, [event]);
  await rebuildEntities(db, id);
  return event;
}

/** Puts the clusters of two events into one (with both sources), recorded as a hand merge; earlier splits between them go. */
export async function mergeEvents(db: TimelineDb, eventId: string, otherId: string): Promise<void> {
  if (eventId === otherId) throw new Error('an event cannot be merged with itself');
  const [first, second] = await Promise.all([clusterMembers(db, eventId), clusterMembers(db, otherId)]);
  if (first.length === 0 || second.length === 0) throw new Error('the event is no longer in the database');
  if (first.some((member) => member.id === otherId)) throw new Error('the two events are already merged');
  const members = [...first, ...second];
  const splits = first.flatMap((a) => second.map((b) => splitId(a.id, b.id)));
  await db.splits.bulkDelete(splits);
  await db.merges.put({ id: splitId(eventId, otherId), eventId, otherId });
  const id = members.map((member) => member.id).sort()[0]!;
  await writeClusters(db, [{ id, members }]);
}

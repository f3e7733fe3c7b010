// The hand-editable fields of an event as the editor form holds them (lists as comma-separated text), their
// validation with a specific message per problem, and which fields a submitted form actually changed.

import type { DatePrecision, EditableField, EventStatus, TimelineEvent } from './event';
import { isEventTypeId } from './event-types';

export const PRECISIONS: readonly DatePrecision[] = ['day', 'week', 'month', 'quarter', 'season', 'half', 'year', 'decade', 'century'];
export const STATUSES: readonly EventStatus[] = ['occurred', 'ongoing', 'planned', 'cancelled', 'denied', 'hypothetical'];

/** The editor's values, as typed. */
export interface EventFieldsForm {
  label: string;
  type: string;
  start: string;
  end: string;
  precision: string;
  status: string;
  participants: string;
  places: string;
  notes: string;
}

/** The validated values. */
export type EventFields = Pick<
  TimelineEvent,
  'label' | 'type' | 'start' | 'end' | 'precision' | 'status' | 'participants' | 'places' | 'notes'
>;

const FORM_FIELDS: readonly (keyof EventFields & EditableField)[] = [
  'label',
  'type',
  'start',
  'end',
  'precision',
  'status',
  'participants',
  'places',
  'notes',
];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** "Wang Yi, Vladimir Putin" → ["Wang Yi", "Vladimir Putin"] (blank items dropped, duplicates once). */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

export function formOfEvent(event: Partial<TimelineEvent>): EventFieldsForm {
  return {
    label: event.label ?? '',
    type: event.type ?? 'meeting',
    start: event.start ?? '',
    end: event.end ?? event.start ?? '',
    precision: event.precision ?? 'day',
    status: event.status ?? 'occurred',
    participants: (event.participants ?? []).join(', '),
    places: (event.places ?? []).join(', '),
    notes: event.notes ?? '',
  };
}

/** The form's values checked: the fields, or the first problem in words. */
export function parseEventForm(form: EventFieldsForm): { ok: true; fields: EventFields } | { ok: false; error: string } {
  const label = form.label.trim();
  if (!label) return { ok: false, error: 'The label cannot be empty.' };
  if (!isEventTypeId(form.type)) return { ok: false, error: `Unknown event type “${form.type}”.` };
  if (!isRealDay(form.start)) return { ok: false, error: 'The start must be a date (YYYY-MM-DD).' };
  const end = form.end.trim() || form.start;
  if (!isRealDay(end)) return { ok: false, error: 'The end must be a date (YYYY-MM-DD).' };
  if (end < form.start) return { ok: false, error: 'The end cannot be before the start.' };
  if (!(PRECISIONS as readonly string[]).includes(form.precision)) return { ok: false, error: `Unknown precision “${form.precision}”.` };
  if (!(STATUSES as readonly string[]).includes(form.status)) return { ok: false, error: `Unknown status “${form.status}”.` };
  return {
    ok: true,
    fields: {
      label,
      type: form.type,
      start: form.start,
      end,
      precision: form.precision as DatePrecision,
      status: form.status as EventStatus,
      participants: splitList(form.participants),
      places: splitList(form.places),
      notes: form.notes.trim(),
    },
  };
}

/** The fields whose value in `fields` differs from `event`'s (notes: empty equals absent). */
export function changedFields(event: TimelineEvent, fields: EventFields): EditableField[] {
  return FORM_FIELDS.filter(
    (field) => JSON.stringify(event[field] ?? (field === 'notes' ? '' : null)) !== JSON.stringify(fields[field] ?? ''),
  );
}

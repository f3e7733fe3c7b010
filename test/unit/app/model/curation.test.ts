// The framework-free parts of curation: the editor form's validation, the review flags, the disagreement of
// merged reports, and analyst edits applied to re-extracted events by identity (tombstones left out).

import { describe, expect, it } from 'vitest';
import { applyAnalystEdits, eventIdentity } from '../../../../app/model/analyst-edits';
import { changedFields, formOfEvent, parseEventForm } from '../../../../app/model/event-fields';
import { reportsDisagree } from '../../../../app/merge/disagreement';
import { needsReview, reviewFlags } from '../../../../app/model/review-flags';
import { makeEvent } from '../../renderer/make-records';

const trigger = (start: number) => [{ start, end: start + 3, text: 'met', ruleId: 'r', role: 'trigger' as const, value: 'meeting' }];

describe('the editor form', () => {
  const form = formOfEvent(makeEvent());
  it('round-trips an event and reads lists from comma-separated text', () => {
    const parsed = parseEventForm({ ...form, participants: 'Wang Yi,  Vladimir Putin, ,Wang Yi' });
    expect(parsed.ok && parsed.fields.participants).toEqual(['Wang Yi', 'Vladimir Putin']);
    expect(parsed.ok && changedFields(makeEvent(), parsed.fields)).toEqual([]);
  });
  it('names the first problem', () => {
    expect(parseEventForm({ ...form, label: '  ' })).toEqual({ ok: false, error: 'The label cannot be empty.' });
    expect(parseEventForm({ ...form, start: '2023-02-30' })).toEqual({ ok: false, error: 'The start must be a date (YYYY-MM-DD).' });
    expect(parseEventForm({ ...form, end: '2023-09-01' })).toEqual({ ok: false, error: 'The end cannot be before the start.' });
    expect(parseEventForm({ ...form, type: 'party' })).toMatchObject({ ok: false });
  });
  it('reports which fields changed', () => {
    const parsed = parseEventForm({ ...form, label: 'Talks', places: 'Moscow' });
    expect(parsed.ok && changedFields(makeEvent(), parsed.fields)).toEqual(['label', 'places']);
  });
});

describe('review flags', () => {
  it('flags low confidence, publication-date placement and disagreeing sources; never hand-made events', () => {
    expect(reviewFlags(makeEvent({ confidence: 0.5, dateBasis: 'publication' }))).toEqual(['low-confidence', 'publication-date']);
    expect(reviewFlags({ ...makeEvent({ confidence: 0.9, dateBasis: 'explicit' }), sourcesDisagree: true })).toEqual(['sources-disagree']);
    expect(reviewFlags(makeEvent({ confidence: 0.9, dateBasis: 'explicit' }))).toEqual([]);
    expect(reviewFlags(makeEvent({ confidence: 0.1, origin: 'analyst' }))).toEqual([]);
    expect(needsReview(makeEvent({ dateBasis: 'publication', reviewState: 'accepted' }))).toBe(false);
  });
  it('merged reports disagree on dates that do not overlap or places with nothing in common', () => {
    const day = { start: '2023-10-17', end: '2023-10-17', places: ['Beijing'] };
    expect(reportsDisagree([day, { start: '2023-10-01', end: '2023-10-31', places: [] }])).toBe(false);
    expect(reportsDisagree([day, { start: '2023-10-18', end: '2023-10-18', places: ['Beijing'] }])).toBe(true);
    expect(reportsDisagree([day, { ...day, places: ['Moscow'] }])).toBe(true);
  });
});

describe('analyst edits by identity', () => {
  it('identifies an event by its article and trigger offset, not its position', () => {
    expect(eventIdentity(makeEvent({ id: 'a1:0', mentions: trigger(12) }))).toBe(
      eventIdentity(makeEvent({ id: 'a1:3', mentions: trigger(12) })),
    );
    expect(eventIdentity(makeEvent({ mentions: trigger(12) }))).not.toBe(eventIdentity(makeEvent({ mentions: trigger(40) })));
  });
  it('keeps edited values, re-extracted others, and leaves tombstoned events out', () => {
    const fresh = [
      makeEvent({ id: 'a1:0', mentions: trigger(0), start: '2024-01-01', end: '2024-01-01' }),
      makeEvent({ id: 'a1:1', mentions: trigger(50) }),
    ];
    const edits = [
      { id: 'a1@0', articleId: 'a1', values: { label: 'Mine' }, editedFields: ['label' as const], reviewState: 'accepted' as const },
      { id: 'a1@50', articleId: 'a1', values: {}, editedFields: [], deleted: true },
    ];
    const out = applyAnalystEdits(fresh, edits);
    expect(out.map((event) => [event.id, event.label, event.start, event.editedFields, event.reviewState])).toEqual([
      ['a1:0', 'Mine', '2024-01-01', ['label'], 'accepted'],
    ]);
  });
});

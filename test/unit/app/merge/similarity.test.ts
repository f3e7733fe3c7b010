// The cross-article similarity test on positive and negative pairs, and the name folding behind it.

import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../../app/model/event';
import { MERGE_RULES } from '../../../../app/merge/merge-rules';
import { namesMatch } from '../../../../app/merge/names';
import { compareEvents } from '../../../../app/merge/similarity';

type Fields = Pick<TimelineEvent, 'articleId' | 'type' | 'start' | 'end' | 'participants' | 'places'>;
const report = (fields: Partial<Fields>): Fields => ({
  articleId: 'outlet-a',
  type: 'visit',
  start: '2023-10-01',
  end: '2023-10-31',
  participants: ['Vladimir Putin'],
  places: ['China'],
  ...fields,
});

describe('namesMatch', () => {
  it('folds case, diacritics, honorifics and matches a surname to a full name', () => {
    expect(namesMatch('Mr. Støre', 'Jonas Gahr Støre')).toBe(true);
    expect(namesMatch('JONAS GAHR STORE', 'Jonas Gahr Støre')).toBe(true);
    expect(namesMatch('Erdoğan', 'Recep Tayyip Erdogan')).toBe(true);
    expect(namesMatch('Putin', 'Vladimir Putin')).toBe(true);
  });
  it('does not match different people or non-tail words', () => {
    expect(namesMatch('Xi Jinping', 'Vladimir Putin')).toBe(false);
    expect(namesMatch('Jonas', 'Jonas Gahr Støre')).toBe(false);
    expect(namesMatch('Mr.', 'Jonas Gahr Støre')).toBe(false);
  });
});

describe('compareEvents', () => {
  it('merges the same planned visit reported by two outlets', () => {
    const verdict = compareEvents(report({}), report({ articleId: 'outlet-b', participants: ['Putin'] }));
    expect(verdict).toEqual({ same: true, score: 2 * 2 + 1 });
  });

  it('keeps Putin visiting China apart from Xi visiting Russia in the same month', () => {
    const verdict = compareEvents(report({}), report({ articleId: 'outlet-b', participants: ['Xi Jinping'], places: ['Russia'] }));
    expect(verdict).toEqual({ same: false, blockedBy: MERGE_RULES.noContradictingPlace.id });
  });

  it('keeps two day-precision meetings four days apart apart, even with the same people', () => {
    const a = report({ type: 'meeting', start: '2023-09-21', end: '2023-09-21', participants: ['Wang Yi', 'Vladimir Putin'], places: [] });
    const b = { ...a, articleId: 'outlet-b', start: '2023-09-25', end: '2023-09-25' };
    expect(compareEvents(a, b)).toEqual({ same: false, blockedBy: MERGE_RULES.overlappingDates.id });
  });

  it('merges a month-precision forum with a day inside that month at the same place', () => {
    const month = report({ type: 'forum', participants: [], places: ['Beijing'] });
    const day = report({
      type: 'forum',
      articleId: 'outlet-b',
      start: '2023-10-17',
      end: '2023-10-17',
      participants: ['Xi Jinping'],
      places: ['Beijing'],
    });
    expect(compareEvents(month, day)).toEqual({ same: true, score: 2 });
    expect(compareEvents(day, month)).toEqual(compareEvents(month, day));
  });

  it('requires a shared participant or place, the same type and different articles', () => {
    expect(compareEvents(report({ places: [] }), report({ articleId: 'b', places: [], participants: ['Xi Jinping'] }))).toEqual({
      same: false,
      blockedBy: MERGE_RULES.sharedAnchor.id,
    });
    expect(compareEvents(report({}), report({ articleId: 'b', type: 'meeting' }))).toEqual({
      same: false,
      blockedBy: MERGE_RULES.sameType.id,
    });
    expect(compareEvents(report({}), report({}))).toEqual({ same: false, blockedBy: MERGE_RULES.differentArticles.id });
  });

  it('lets a report without a place merge on a shared participant', () => {
    expect(compareEvents(report({}), report({ articleId: 'b', places: [] }))).toMatchObject({ same: true });
  });
});

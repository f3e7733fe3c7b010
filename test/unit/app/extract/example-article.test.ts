// The canonical example article (Wang Yi meets Putin, published 2023-09-21) gives exactly its four events.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

const articlePath = path.resolve(__dirname, '../../../../../shared/articles/wang-yi-putin-2023-09-21.txt');
const text = readFileSync(articlePath, 'utf8');
const events = extractArticleEvents({ id: 'wang-yi', text, published: '2023-09-21' });

describe('example article', () => {
  it('gives exactly four events with the expected labels, dates, statuses, participants and places', () => {
    expect(
      events.map((e) => ({
        type: e.type,
        label: e.label,
        start: e.start,
        end: e.end,
        precision: e.precision,
        status: e.status,
        participants: e.participants,
        places: e.places,
      })),
    ).toEqual([
      {
        type: 'meeting',
        label: 'Wang Yi meets Vladimir Putin',
        start: '2023-09-21',
        end: '2023-09-21',
        precision: 'day',
        status: 'occurred',
        participants: ['Wang Yi', 'Vladimir Putin'],
        places: ['Saint Petersburg'],
      },
      {
        type: 'visit',
        label: 'Vladimir Putin visits China',
        start: '2023-10-01',
        end: '2023-10-31',
        precision: 'month',
        status: 'planned',
        participants: ['Vladimir Putin'],
        places: ['China'],
      },
      {
        type: 'forum',
        label: 'Third Belt and Road Forum for International Cooperation',
        start: '2023-10-01',
        end: '2023-10-31',
        precision: 'month',
        status: 'planned',
        participants: ['Vladimir Putin'],
        places: ['Beijing'],
      },
      {
        type: 'invasion',
        label: 'Russia invades Ukraine',
        start: '2022-02-01',
        end: '2022-02-28',
        precision: 'month',
        status: 'occurred',
        participants: ['Russia', 'Ukraine'],
        places: ['Ukraine'],
      },
    ]);
  });

  it('merges later mentions into the same events ("summit", "Putin’s visit", "Ukraine offensive")', () => {
    const triggerTexts = events.map((e) => e.mentions.filter((m) => m.role === 'trigger').map((m) => m.text));
    expect(triggerTexts).toEqual([
      ['meeting with'],
      ['invitation to visit', 'visit', 'visit'],
      ['third Belt and Road Forum for International Cooperation', 'summit'],
      ['invasion', 'offensive'],
    ]);
    expect(events.map((e) => e.evidence.length)).toEqual([1, 3, 2, 2]);
  });

  it('dates events from their own timexes, and the meeting from the report date just before it', () => {
    expect(events.map((e) => e.dateValue)).toEqual(['2023-09-21', '2023-10', '2023-10', '2022-02']);
    expect(events.map((e) => e.dateBasis)).toEqual(['context', 'explicit', 'explicit', 'explicit']);
    const dates = events.map((e) => e.mentions.find((m) => m.role === 'date'));
    expect(dates.map((m) => m?.text)).toEqual(['Thursday', 'next month', 'next month', 'February last year']);
    // "next month" of sentence 2 dates the visit; the forum's "next month’s" is its own timex further on.
    expect(dates[1]!.start).toBeLessThan(dates[2]!.start);
    expect(dates[0]!.start).toBe(text.indexOf('Thursday'));
  });

  it('keeps provenance offsets that point at the quoted text', () => {
    for (const e of events) {
      expect(e.id).toMatch(/^wang-yi:\d$/);
      for (const m of [...e.mentions, ...e.evidence]) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const m of e.mentions) expect(m.ruleId.length).toBeGreaterThan(0);
    }
    const meeting = events[0]!;
    expect(meeting.mentions.filter((m) => m.role === 'participant').map((m) => m.text)).toEqual(['Wang Yi', 'Mr. Putin']);
  });

  it('is deterministic', () => {
    expect(extractArticleEvents({ id: 'wang-yi', text, published: '2023-09-21' })).toEqual(events);
  });
});

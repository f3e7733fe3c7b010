// Gathering mentions that are one event: a meeting held "at" a forum of the same clause becomes the forum, a bare
// definite "the meeting" / "the summit" joins the latest gathering, and a reporting date never dates the event.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import type { TimelineEvent } from '../../../../app/model/event';

const PUBLISHED = '2025-03-12';

function events(text: string): TimelineEvent[] {
  return extractArticleEvents({ id: 't', text, published: PUBLISHED });
}

function brief(e: TimelineEvent): string {
  return `${e.type} ${e.start} ${e.status} [${e.participants.join(', ')}] [${e.places.join(', ')}]`;
}

describe('meeting held at a forum', () => {
  it.each([
    [
      'Prime Minister Jonas Gahr Støre will host President Alexander Stubb at an Arctic summit in Kirkenes on March 20, his office said on Wednesday.',
      'forum 2025-03-20 planned [Jonas Gahr Støre, Alexander Stubb] [Kirkenes]',
    ],
    [
      'President Joko Widodo held talks with Prime Minister Anthony Albanese at a regional summit in Bogor on Monday.',
      'forum 2025-03-10 occurred [Joko Widodo, Anthony Albanese] [Bogor]',
    ],
    [
      'President Joko Widodo met Prime Minister Anthony Albanese and President Ferdinand Marcos at the annual summit in Bogor on Monday.',
      'forum 2025-03-10 occurred [Joko Widodo, Anthony Albanese, Ferdinand Marcos] [Bogor]',
    ],
  ])('%j is one forum event', (text, expected) => {
    expect(events(text).map(brief)).toEqual([expected]);
  });

  it('keeps a meeting and a forum apart when a reporting clause stands between them', () => {
    const found = events(
      'Chancellor Olaf Scholz met Prime Minister Fumio Kishida in Tokyo on Monday, officials said at the summit in Osaka on March 20.',
    );
    expect(found.map((e) => e.type)).toEqual(['meeting', 'forum']);
  });

  it('keeps a bilateral meeting at a named multilateral forum apart, but not a hosting there', () => {
    expect(events('President Joe Biden met President Xi Jinping at the G20 summit in Bali on Monday.').map((e) => e.type)).toEqual([
      'meeting',
      'forum',
    ]);
    expect(
      events('President Xi Jinping will host President Vladimir Putin at the Belt and Road Forum in Beijing on March 20.').map(
        (e) => e.type,
      ),
    ).toEqual(['forum']);
  });

  it('keeps a meeting and a forum apart when they are not linked by "at"', () => {
    const found = events(
      'Chancellor Olaf Scholz met Prime Minister Fumio Kishida in Tokyo on Monday, and the summit in Osaka opens on March 20.',
    );
    expect(found.map((e) => e.type)).toEqual(['meeting', 'forum']);
  });
});

describe('bare definite gathering nouns', () => {
  it('joins "the meeting" to the summit before it instead of dating it from another clause', () => {
    const text =
      'Chancellor Olaf Scholz and Prime Minister Fumio Kishida held a Pacific summit in Kirkenes on Monday and agreed to share two ships during the winter season. Officials said the meeting ran two hours longer than planned.';
    const found = events(text);
    expect(found.map(brief)).toEqual(['forum 2025-03-10 occurred [Olaf Scholz, Fumio Kishida] [Kirkenes]']);
    expect(found[0]!.mentions.filter((m) => m.role === 'trigger').map((m) => m.text)).toEqual(['summit', 'meeting']);
  });

  it('keeps a definite meeting with its own participants and date a separate event', () => {
    const text =
      'Leaders attended a summit in Jakarta on March 3. The meeting between Chancellor Olaf Scholz and Prime Minister Fumio Kishida in Tokyo on March 9 lasted an hour.';
    expect(events(text).map((e) => e.type)).toEqual(['forum', 'meeting']);
  });

  it('does not take a denied gathering as antecedent', () => {
    const text = 'The summit in Bergen did not take place. Officials said the meeting would be rescheduled.';
    const found = events(text);
    expect(found).toHaveLength(2);
    expect(found[0]!.status).toBe('denied');
  });
});

describe('participant names', () => {
  it('uses the full name for "Mr. X" only when the article gives it', () => {
    const full = events('Prime Minister Jonas Gahr Støre spoke first. Mr. Støre and Mr. Stubb held a summit in Kirkenes on Monday.');
    const bare = events('Mr. Støre and Mr. Stubb held a summit in Kirkenes on Monday.');
    expect(full.at(-1)!.participants).toEqual(['Jonas Gahr Støre', 'Stubb']);
    expect(bare[0]!.participants).toEqual(['Støre', 'Stubb']);
  });
});

describe('reporting dates', () => {
  it.each([
    [
      'Prime Minister Jonas Gahr Støre will host President Alexander Stubb in Kirkenes on March 20, his office said on Wednesday.',
      '2025-03-20',
    ],
    ['Chancellor Olaf Scholz met Prime Minister Fumio Kishida in Kirkenes on March 3, officials said Thursday.', '2025-03-03'],
  ])('the event clause date wins over the reporting date in %j', (text, start) => {
    const [event] = events(text);
    expect(event!.start).toBe(start);
    expect(event!.dateBasis).toBe('explicit');
  });
});

describe('forum labels', () => {
  it.each([
    ['Leaders held an Arctic summit in Kirkenes on Monday.', 'Arctic summit in Kirkenes'],
    ['Leaders will attend a summit in Kirkenes on Monday.', 'Summit in Kirkenes'],
    ['Chancellor Olaf Scholz and Prime Minister Fumio Kishida will attend a summit on Monday.', 'Summit: Olaf Scholz, Fumio Kishida'],
    ['Leaders held a March summit in Kirkenes.', 'Summit in Kirkenes'],
  ])('%j → %j', (text, label) => {
    expect(events(text)[0]!.label).toBe(label);
  });
});

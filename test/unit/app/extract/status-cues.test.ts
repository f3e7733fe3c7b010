// Status cues around a trigger: cancelled ("called off", "scrapped"), postponed (still planned), denied ("denied
// meeting", "did not meet", "refused to meet"), hypothetical ("if ... meet", "could meet", "may visit", "a target for
// terrorist attacks").
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import type { EventStatus } from '../../../../app/model/event';

function statusOf(text: string, published = '2024-05-15'): EventStatus {
  const events = extractArticleEvents({ id: 'doc', text, published });
  expect(events.length, JSON.stringify(events.map((e) => e.label))).toBeGreaterThan(0);
  return events[0]!.status;
}

describe('status cues', () => {
  it.each([
    ['The summit in Jakarta was called off.', 'cancelled'],
    ['The meeting between Vladimir Putin and Joe Biden was cancelled.', 'cancelled'],
    ['Officials have scrapped the planned meeting between Vladimir Putin and Joe Biden.', 'cancelled'],
    ['Prime Minister Narendra Modi postponed his visit to Washington.', 'planned'],
    ['The trip to Kyiv by Joe Biden was postponed because of security concerns.', 'planned'],
    ['The Kremlin denied meeting President Joe Biden.', 'denied'],
    ['The Kremlin denied that Vladimir Putin met Joe Biden.', 'denied'],
    ['Vladimir Putin did not meet Joe Biden in Geneva.', 'denied'],
    ['Vladimir Putin refused to meet Joe Biden.', 'denied'],
    ['Chancellor Olaf Scholz agreed to pay a visit to Kyiv.', 'planned'],
    ['A different view presented itself to Joe Biden as he arrived in Philadelphia.', 'occurred'],
    ['Moscow wants Washington to hold off until UN Secretary-General Antonio Guterres visits Baghdad.', 'planned'],
    ['The fighting went on until UN Secretary-General Antonio Guterres visited Baghdad.', 'occurred'],
    ['Exiles could barely phone their families in Havana, let alone visit Cuba.', 'denied'],
    ['Many were not able to write to Fidel Castro, much less visit Cuba.', 'denied'],
    ['If Vladimir Putin and Joe Biden meet, the war could end.', 'hypothetical'],
    ['Vladimir Putin could meet Joe Biden in Geneva.', 'hypothetical'],
    ['Joe Biden may visit Kyiv.', 'hypothetical'],
    ['Joe Biden would visit Kyiv if the ceasefire held.', 'hypothetical'],
    ['Vladimir Putin met Joe Biden in Geneva.', 'occurred'],
    ['Joe Biden will visit Kyiv in May.', 'planned'],
    ['Turkey is currently in talks with Sweden over its NATO bid.', 'ongoing'],
    // An attack only feared or guarded against (TimeBank), and real attacks close to those words.
    ['Opponents said the school might be a target for terrorist attacks.', 'hypothetical'],
    ['The anti-foreigner party said it wanted to protect the donor from possible attacks in Bonn.', 'hypothetical'],
    ['Officials in Kabul warned of further attacks on the capital.', 'hypothetical'],
    ['The convoy came under attack near Kandahar on Monday.', 'occurred'],
    ['The embassy in Kabul was the target of the attack on Monday.', 'occurred'],
  ] as const)('%s → %s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it('reads the month "May" as a date, not as the modal', () => {
    expect(statusOf('Joe Biden visited Kyiv in May.', '2024-08-01')).toBe('occurred');
  });
});

describe('dates of events around modals and plans', () => {
  it('dates a past event noun before a modal in the past ("the shooting on Monday could ...")', () => {
    const [shooting] = extractArticleEvents({
      id: 'd',
      text: 'The shooting on Monday could still threaten the deal.',
      published: '2024-11-27',
    });
    expect([shooting!.type, shooting!.start, shooting!.status]).toEqual(['attack', '2024-11-25', 'occurred']);
  });

  it('dates an accepted invitation and a "planned for" summit forward', () => {
    const [visit] = extractArticleEvents({
      id: 'd',
      text: 'Chancellor Olaf Scholz accepted an invitation to visit Japan in June.',
      published: '2024-11-27',
    });
    expect([visit!.type, visit!.start, visit!.status]).toEqual(['visit', '2025-06-01', 'planned']);
    const [summit] = extractArticleEvents({ id: 'd', text: 'A summit with Joe Biden is planned for May.', published: '2024-11-27' });
    expect([summit!.type, summit!.start, summit!.status]).toEqual(['forum', '2025-05-01', 'planned']);
  });

  it('moves a planned event with a year-less month and no tense marker to the next occurrence', () => {
    const [visit] = extractArticleEvents({ id: 'd', text: 'Joe Biden plans a visit to Kyiv in June.', published: '2024-09-10' });
    expect([visit!.type, visit!.start, visit!.status]).toEqual(['visit', '2025-06-01', 'planned']);
  });

  it('keeps a past weekday of an infinitive meeting where it is, not a year later (made up in TimeBank style)', () => {
    const text = 'Zelensky travelled to Washington to meet Biden at the White House on Wednesday.';
    const meeting = extractArticleEvents({ id: 'd', text, published: '2023-07-09' }).find((e) => e.type === 'meeting');
    expect(meeting?.start).toBe('2023-07-05'); // before: 2024-07-05, a Friday
  });

  it('does not date an event by the date it was moved away from', () => {
    const [summit] = extractArticleEvents({
      id: 'd',
      text: 'The summit in Jakarta was originally planned for May but was postponed.',
      published: '2023-08-29',
    });
    expect([summit!.type, summit!.start, summit!.status]).toEqual(['forum', '2023-08-29', 'planned']);
  });
});

describe('agreement anaphora', () => {
  it('joins "the deal" / "the accord" to the agreement reported before, without taking its clause arguments', () => {
    const text =
      'Representatives of the two factions signed a ceasefire agreement in Doha on Tuesday. ' +
      'Under the accord, fighters must withdraw from Mosul by December 15. ' +
      'UN Secretary-General Antonio Guterres welcomed the agreement.';
    const agreements = extractArticleEvents({ id: 'd', text, published: '2024-11-27' }).filter((e) => e.type === 'agreement');
    expect(agreements).toHaveLength(1);
    expect(agreements[0]!.start).toBe('2024-11-26');
    expect(agreements[0]!.participants).not.toContain('Antonio Guterres');
    expect(agreements[0]!.mentions.filter((m) => m.role === 'trigger').map((m) => m.text)).toEqual([
      'signed a ceasefire agreement',
      'accord',
      'agreement',
    ]);
  });
});

describe('negation and participants', () => {
  it.each([
    ['The summit in Jakarta did not take place.', 'denied'],
    ['The meeting between Vladimir Putin and Joe Biden never happened, the Kremlin said.', 'denied'],
    ['The visit to Kyiv by Joe Biden did not go ahead.', 'cancelled'],
    ['Joe Biden will not attend the summit in Jakarta.', 'planned'],
    ['The summit took place in Jakarta.', 'occurred'],
  ] as const)('%s → %s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it('keeps the subject of a negated meeting verb as a participant', () => {
    const [e] = extractArticleEvents({ id: 'd', text: 'Vladimir Putin did not meet Joe Biden in Geneva.', published: '2024-05-15' });
    expect([e!.status, e!.participants]).toEqual(['denied', ['Vladimir Putin', 'Joe Biden']]);
  });

  it('does not make someone who skips a summit a participant', () => {
    const [e] = extractArticleEvents({ id: 'd', text: 'Joe Biden will not attend the summit in Jakarta.', published: '2024-05-15' });
    expect(e!.participants).not.toContain('Joe Biden');
  });

  it('finds both people of "a meeting between A and B"', () => {
    const [e] = extractArticleEvents({
      id: 'd',
      text: 'The meeting between Vladimir Putin and Joe Biden lasted three hours.',
      published: '2024-05-15',
    });
    expect(e!.participants).toEqual(['Vladimir Putin', 'Joe Biden']);
  });
});

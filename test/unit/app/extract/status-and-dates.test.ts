// Event status (occurred / planned / cancelled / denied / hypothetical) and date choice (explicit timex of the
// sentence, context date, publication date; reporting dates and other events' dates are never used).
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import type { TimelineEvent } from '../../../../app/model/event';

function events(text: string, published = '2024-05-15'): TimelineEvent[] {
  return extractArticleEvents({ id: 'doc', text, published });
}

function only(text: string, published?: string): TimelineEvent {
  const found = events(text, published);
  expect(found, JSON.stringify(found.map((e) => e.label))).toHaveLength(1);
  return found[0]!;
}

describe('status', () => {
  it.each([
    ['Prime Minister Narendra Modi met President Joe Biden in Washington on Monday.', 'occurred'],
    ['Prime Minister Narendra Modi will meet President Joe Biden in Washington.', 'planned'],
    ['Prime Minister Narendra Modi is expected to visit Washington next month.', 'planned'],
    ['Prime Minister Narendra Modi did not meet President Joe Biden during the trip to Washington.', 'denied'],
    ['Officials denied that Prime Minister Narendra Modi had met President Joe Biden.', 'denied'],
    ['If Prime Minister Narendra Modi visited Pakistan, the talks could resume.', 'hypothetical'],
    ['Prime Minister Narendra Modi has cancelled his visit to Washington.', 'cancelled'],
    ['The summit in Jakarta was called off.', 'cancelled'],
  ])('%s → %s', (text, status) => {
    const found = events(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.status).toBe(status);
  });
});

describe('dates', () => {
  it('uses the timex of the sentence that governs the trigger', () => {
    const e = only('Chancellor Olaf Scholz visited Beijing in April last year.');
    expect([e.start, e.end, e.precision, e.dateBasis, e.dateValue]).toEqual(['2023-04-01', '2023-04-30', 'month', 'explicit', '2023-04']);
    expect(e.mentions.find((m) => m.role === 'date')?.text).toBe('April last year');
  });

  it('does not date an event inside what was reported "saying on Friday"', () => {
    const e = only('The minister spoke to reporters, saying on Friday that Kofi Annan had visited Baghdad.');
    expect(e.dateBasis).not.toBe('explicit');
  });

  it('never dates an event with a reporting date ("said on Tuesday") but may use it as context', () => {
    const e = only('The ministry said on Tuesday that Chancellor Olaf Scholz had visited Beijing.', '2024-05-15');
    expect(e.dateBasis).toBe('context');
    expect(e.start).toBe('2024-05-14');
  });

  it('places an undated event reported as happening now on the report’s day, a planned one in the week from it', () => {
    // Sentences written for this test: one undated event happening as reported, one planned.
    const now = events('Taliban fighters are attacking the base today, officials said.', '2015-12-21').find((e) => e.type === 'attack')!;
    expect([now.start, now.end, now.precision]).toEqual(['2015-12-21', '2015-12-21', 'day']);
    // MEANTIME dev (airbus 102977): the present perfect of news reports the report's own day.
    const signed = events(
      'AirTanker Ltd., an EADS-led consortium, have signed a 27-year contract with the Defense Ministry.',
      '2008-03-27',
    )[0]!;
    expect([signed.start, signed.end]).toEqual(['2008-03-27', '2008-03-27']);
    const planned = events('Steve Jobs will meet Tim Cook to discuss the handover.', '2011-08-25').find((e) => e.type === 'meeting')!;
    expect([planned.start, planned.end, planned.precision]).toEqual(['2011-08-25', '2011-08-31', 'week']);
  });

  it('gives each timex to the nearest trigger only', () => {
    const found = events(
      'Chancellor Olaf Scholz met Prime Minister Li Qiang in Beijing, before travelling to Shanghai on May 17.',
      '2024-05-15',
    );
    const meeting = found.find((e) => e.type === 'meeting')!;
    const visit = found.find((e) => e.type === 'visit')!;
    expect(visit.dateBasis).toBe('explicit');
    expect(visit.start).toBe('2024-05-17');
    // Undated and reported as having happened: the report's day or the day before.
    expect(meeting.dateBasis).toBe('publication');
    expect([meeting.start, meeting.end, meeting.precision]).toEqual(['2024-05-14', '2024-05-15', 'day']);
    expect(meeting.confidence).toBeLessThan(visit.confidence);
  });

  it('dates a past-tense event coordinated right after a dated clause with that date', () => {
    const found = events(
      'Chancellor Olaf Scholz met Prime Minister Li Qiang in Beijing on Monday, and the two governments signed an agreement on trade.',
    );
    expect(found.map((e) => [e.type, e.start, e.dateBasis])).toEqual([
      ['meeting', '2024-05-13', 'explicit'],
      ['agreement', '2024-05-13', 'explicit'],
    ]);
  });

  it('does not share the date with a coordinated clause that plans or reports', () => {
    const found = events(
      'Chancellor Olaf Scholz met Prime Minister Li Qiang in Beijing on Monday, and the two governments will sign an agreement on trade.',
    );
    expect(found.find((e) => e.type === 'agreement')?.dateBasis).not.toBe('explicit');
  });

  it('reads a dateline as the date of the report, not of the event in its sentence', () => {
    const e = only('BEIJING, May 14 (Reuters) - Chancellor Olaf Scholz met Prime Minister Li Qiang in Beijing.');
    expect([e.start, e.dateBasis]).toEqual(['2024-05-14', 'context']);
  });

  it('moves a year-less date of a planned event to its next occurrence', () => {
    const e = only('Kishida said he had accepted an invitation to visit Germany in June.', '2024-03-18');
    expect([e.start, e.status]).toEqual(['2024-06-01', 'planned']);
  });

  it('drops an event without any date when the publication date is unknown', () => {
    expect(extractArticleEvents({ id: 'd', text: 'The two leaders met in Paris.', published: null })).toEqual([]);
  });
});

describe('arguments and labels', () => {
  it('attaches agent, patient and place, and labels the event', () => {
    const e = only('Iraq invaded Kuwait in August 1990.');
    expect([e.label, e.participants, e.places, e.start]).toEqual(['Iraq invades Kuwait', ['Iraq', 'Kuwait'], ['Kuwait'], '1990-08-01']);
  });

  it.each([
    ['A bomb exploded at the U.S. Embassy in Nairobi on Friday.', ['Nairobi'], ['United States']],
    ['Militants attacked the U.S. consulate in Benghazi on Tuesday.', ['Benghazi'], ['United States']],
  ])('takes the owner of a site ("%s") as a participant, not as the place', (text, places, participants) => {
    const e = only(text);
    expect([e.places, e.participants]).toEqual([places, participants]);
  });

  it('dates an event by a year range from its first to its last year', () => {
    const e = only('Russian forces invaded Crimea in 2014-16.');
    expect([e.start, e.end, e.precision]).toEqual(['2014-01-01', '2016-12-31', 'year']);
  });

  it('names as visitor the person nearest the trigger, and stops the clause at "until"', () => {
    const e = only('Russia feels the US must wait until UN Secretary-General Antonio Guterres visits Baghdad next week.');
    expect([e.label, e.participants]).toEqual(['Antonio Guterres visits Baghdad', ['United Nations', 'Antonio Guterres']]);
  });

  it('records provenance with offsets for trigger, participants, places and date', () => {
    const text = 'President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Tuesday.';
    const e = only(text);
    expect(e.label).toBe('Emmanuel Macron meets Olaf Scholz');
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(e.mentions.map((m) => m.role).sort()).toEqual(['date', 'participant', 'participant', 'place', 'trigger']);
    expect(e.evidence[0]).toMatchObject({ start: 0, end: text.length, ruleId: 'meeting-met' });
  });

  it('merges repeated mentions of one event and keeps separate events apart', () => {
    const text =
      'Russian forces shelled Kharkiv on Monday. The shelling damaged a school. Separately, Chancellor Olaf Scholz visited Kyiv on Tuesday.';
    const found = events(text);
    expect(found.map((e) => [e.type, e.evidence.length])).toEqual([
      ['attack', 2],
      ['visit', 1],
    ]);
    expect(found.map((e) => e.id)).toEqual(['doc:0', 'doc:1']);
  });
});

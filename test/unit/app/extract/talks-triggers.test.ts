// Talks and negotiations as nouns and in the passive, arrivals on a bare weekday, and "agreed with X to" (talks-rules.ts,
// agreement-rules.ts). Positives and negatives are sentences of the development parts: TempEval-3 TimeBank, MEANTIME
// airbus/apple and WikiEvents dev; the passive and "agreed with" positives are written in the corpora's style, since
// those dev parts hold no instance.
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../app/extract/events/find-triggers';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import { mentionStatus } from '../../../../app/extract/events/status';
import { splitSentences } from '../../../../app/extract/text/sentences';

const fired = (text: string, type: string): string[] =>
  findTriggers(splitSentences(text))
    .filter((t) => t.type === type)
    .map((t) => t.text);

describe('talks and negotiations named as nouns (meeting)', () => {
  it.each([
    ['Israel-Syrian talks have been cut off for nearly two years.', 'Israel-Syrian talks'],
    ['Syria wants to renew the long-stalled peace talks between the two countries.', 'long-stalled peace talks'],
    ['Netanyahu says considerable gaps remain before next week’s talks in London.', 'week’s talks'],
    ['Sinn Fein was expelled from peace talks on Feb. 20.', 'from peace talks'],
    ['The British and Irish governments cosponsor the multi-party talks that are supposed to conclude by May.', 'multi-party talks'],
    ['Syria had indicated its interest in resuming talks in remarks made last week.', 'resuming talks'],
    ['Apple executives are in negotiations with film studios to arrange the deal.', 'in negotiations'],
    ['The original negotiations with Boeing were over a no-bid contract.', 'negotiations with'],
  ])('fires in %s', (text, trigger) => {
    expect(fired(text, 'meeting')).toEqual([trigger]);
  });

  it.each([
    ['as he talks to Assistant Secretary of the Air Force Marvin Sambur about Boeing, saying he loved him.'],
    ['Protesters crowded into Garvaghy Road to hear speakers demand negotiations with Orange Order leaders.'],
    ['The deal was begun between Aeroflot and Boeing last year, but negotiations had stalled due to worsening relations.'],
  ])('does not fire in %s', (text) => {
    expect(fired(text, 'meeting')).toEqual([]);
  });
});

describe('talks announced in the passive (meeting-talks-passive)', () => {
  const status = (text: string): string => {
    const [trigger] = findTriggers(splitSentences(text)).filter((t) => t.type === 'meeting');
    return trigger ? mentionStatus({ trigger, published: '1998-03-01' }) : 'none';
  };
  it.each([
    ['Talks will be held in Geneva next week between the foreign ministers.', 'Talks will be held'],
    ['Talks are scheduled to resume in London on Monday.', 'Talks are scheduled to resume'],
    ['Boeing arranged a job for the official while negotiations were still underway.', 'negotiations were still underway'],
  ])('fires in %s', (text, trigger) => {
    expect(fired(text, 'meeting')).toEqual([trigger]);
  });
  it('makes talks still to come planned, and talks under way not planned', () => {
    expect(status('Talks will be held in Geneva next week between the foreign ministers.')).toBe('planned');
    expect(status('A meeting of the two ministers is scheduled for March 12 in Vienna.')).toBe('planned');
    expect(status('Boeing arranged a job for the official while negotiations were still underway.')).not.toBe('planned');
  });
});

describe('arrival on a bare weekday (visit-arrived-weekday)', () => {
  it('fires on "arrived Thursday" and "arriving Tuesday"', () => {
    expect(fired('It was the first time that Ritter, who arrived Thursday with some 50 inspectors, began a tour.', 'visit')).toContain(
      'arrived Thursday',
    );
    expect(fired("The vanguard of Syria's contingent arriving Tuesday, according to diplomatic sources in Riyadh.", 'visit')).toEqual([
      'arriving Tuesday',
    ]);
  });
  it('does not fire on an arrival without a day or a place', () => {
    expect(fired('The police immediately arrived and cordoned off the scene.', 'visit')).toEqual([]);
  });
});

describe('agreements stated as "agreed with X to" (agreement-agreed-with)', () => {
  const agreedWith = (text: string): string[] =>
    findTriggers(splitSentences(text))
      .filter((t) => t.rule.id === 'agreement-agreed-with')
      .map((t) => t.text);
  it.each([
    ['Britain agreed with the Irish government to set up a joint commission on the border.', 'agreed with the Irish government to set'],
    ['Iraq agreed with the United Nations on a schedule for the inspections.', 'agreed with the United Nations on a schedule'],
  ])('fires in %s', (text, trigger) => {
    expect(agreedWith(text)).toEqual([trigger]);
  });
  it.each([
    ["Mr Justice Anthony Mann agreed with Apple Computer's defence that, while the store is branded, the music is not."],
    ['Justices Sandra Day O’Connor and Anthony Kennedy seemed to agree with him to a degree.'],
  ])('does not fire on agreeing with an opinion in %s', (text) => {
    expect(agreedWith(text)).toEqual([]);
  });
  it('makes the side after its "with" a party, as well as its subject', () => {
    const parties = (text: string): string[] =>
      extractArticleEvents({ id: 't', text, published: '1998-03-02' })
        .filter((e) => e.type === 'agreement')
        .flatMap((e) => (e.roles ?? []).filter((r) => r.role === 'party').map((r) => r.value));
    expect(parties('Britain agreed with Ireland to set up a joint commission on the border.')).toEqual(['United Kingdom', 'Ireland']);
    expect(parties('Iraq agreed with the United Nations on a schedule for the inspections.')).toEqual(['Iraq', 'United Nations']);
    expect(parties('Britain agreed with the Irish government to set up a joint commission on the border.')).toEqual([
      'United Kingdom',
      'Ireland',
    ]);
    expect(parties('Iran agreed with Russia and China to expand military cooperation.')).toEqual(['Iran', 'Russia', 'China']);
    // Agreeing with an opinion is no agreement, so no party at all.
    expect(parties("Mr Justice Anthony Mann agreed with Apple Computer's defence that the music is not.")).toEqual([]);
  });
  it('fires on agreeing to lease, set up or allow (agreement-agreed-to-act), from TimeBank and MEANTIME airbus', () => {
    expect(fired('Boeing had initially agreed to lease 100 tankers.', 'agreement')).toEqual(['agreed to lease']);
    expect(fired('Foreign ministers agreed to set up a seven-member panel to investigate.', 'agreement')).toEqual(['agreed to set up']);
    expect(fired('Iraq has agreed to allow all 880 Soviets in Kuwait to leave.', 'agreement')).toEqual(['agreed to allow']);
  });
});

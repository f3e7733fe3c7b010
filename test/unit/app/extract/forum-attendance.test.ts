// Forum attendees (events/forum-attendance.ts, events/name-parentheses.ts): the subject of another act done at a forum
// is no attendee, nor is the nearest person of the sentence; the subject of a verb with no adjunct preposition before
// the forum is. A parenthesised abbreviation after the forum's name is the forum and ends no clause.
// Sentences from the development parts: MEANTIME apple (58207, 107785, 10450) and airbus (71526), TimeBank
// (AP900816-0139), WikiEvents dev (scenario_en_113).
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import { withoutNameParentheses } from '../../../../app/extract/events/name-parentheses';

function forumRoles(text: string): string[] {
  const forum = extractArticleEvents({ id: 't', text, published: '2007-01-10' }).find((e) => e.type === 'forum');
  return (forum?.roles ?? []).filter((r) => r.role !== 'name').map((r) => `${r.role}=${r.value}`);
}

describe('forum attendees', () => {
  it.each([
    ['Apple Inc. today has introduced the much-anticipated iPhone at the Macworld Conference in San Francisco.', 'Apple Inc.'],
    ["Steve Jobs, the Apple Chief Executive Officer, announced the development at a developers' conference.", 'Steve Jobs'],
    [
      'Apple Computer CEO and co-founder Steve Jobs gave his annual opening keynote to the World Wide Developers Conference on Monday.',
      'Steve Jobs',
    ],
    [
      "The deal was announced during a large business forum that President Vladimir Putin had set up to showcase his country's role.",
      'Vladimir Putin',
    ],
  ])('the doer of another act at the forum attends nothing: %s', (text, doer) => {
    expect(forumRoles(text)).not.toContain(`attendee=${doer}`);
  });

  it.each([
    [
      'Also Thursday, Saudi Arabia called for an emergency conference of the Organization of Petroleum Exporting Countries.',
      'Saudi Arabia',
    ],
  ])('a name the forum clause relates to it directly still attends: %s', (text, attendee) => {
    expect(forumRoles(text)).toContain(`attendee=${attendee}`);
  });

  it('keeps the host city after the place of a parenthesised abbreviation, and the abbreviation attends nothing', () => {
    const text =
      'Apple Computer CEO Steve Jobs gave his annual opening keynote to the World Wide Developers Conference (WWDC) ' +
      'at Moscone Center in San Francisco, California on Monday.';
    const roles = forumRoles(text);
    expect(roles).toContain('host-city=San Francisco');
    expect(roles.filter((r) => r.startsWith('attendee='))).toEqual([]);
  });
});

describe('parenthesised abbreviations of names', () => {
  const parentheses = (text: string): number =>
    withoutNameParentheses(
      [...text.matchAll(/[()]/g)].map((m) => ({ start: m.index })),
      text,
    ).length;
  it.each([
    ['the World Wide Developers Conference (WWDC) at Moscone Center', 0],
    ['the Bolivarian National Guard (GNB) Division General Alejandro Pérez', 0],
    ['Senator John McCain (R-AZ) entered them into the Congressional Record', 2],
    ['for 9.9 billion yuan (about US$1.4 billion).', 2],
    ['its bus services (BUS) were cancelled', 2],
  ])('%s keeps %i clause marks', (text, kept) => {
    expect(parentheses(text)).toBe(kept);
  });
});

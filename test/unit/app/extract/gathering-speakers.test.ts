// Speakers and meetings or visits (syntax/clause.ts reportsClauseWith, used by events/arguments.ts): a speaker who
// reports a meeting or visit of others is its source, not a party; a speaker who speaks from inside it takes part.
// Sentences from the development parts: WikiEvents dev (kairos_61, scenario_en_113) and TimeBank (AP900816-0139,
// SJMN91-06338157); the post-posed speaker is written in their style.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

function who(text: string, type: string): string[] {
  const event = extractArticleEvents({ id: 't', text, published: '1991-06-20' }).find((e) => e.type === type);
  return (event?.roles ?? []).filter((r) => r.role !== 'place' && r.role !== 'destination').map((r) => r.value);
}

describe('speakers of meetings and visits', () => {
  it.each([
    ['visit', 'France’s counter-terrorism prosecutor, Remy Heitz, said the suspect had visited Lyon twice.', 'Remy Heitz'],
    ['meeting', 'Another highly placed source, John Sununu, said the president’s son met with Robert Mosbacher last week.', 'John Sununu'],
    [
      'meeting',
      'The minister met with Prime Minister Mark Rutte in The Hague on Monday, Defence Minister Florence Parly said.',
      'Florence Parly',
    ],
  ])('a %s reported by a speaker does not list the speaker: %s', (type, text, speaker) => {
    const parties = who(text, type);
    expect(parties).not.toContain(speaker);
  });

  it('keeps the other parties of the reported meeting', () => {
    expect(
      who('The minister met with Prime Minister Mark Rutte in The Hague on Monday, Defence Minister Florence Parly said.', 'meeting'),
    ).toEqual(['Mark Rutte']);
  });

  it.each([
    [
      '"I would accept it," Maduro said during a televised meeting with generals of the Bolivarian National Armed Forces on Saturday.',
      'Maduro',
    ],
    ['After a two-hour meeting at his Kennebunkport home with King Hussein of Jordan, Bush said he had no hope.', 'Bush'],
    ['Kishida said he had accepted an invitation to visit Germany in June.', 'Kishida'],
  ])('a speaker speaking from inside the event takes part: %s', (text, speaker) => {
    const type = /visit/.test(text) ? 'visit' : 'meeting';
    expect(who(text, type)).toContain(speaker);
  });
});

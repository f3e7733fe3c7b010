// Names that only describe another argument ("King Hussein of Jordan", "aides to Netanyahu") are no party,
// destination or place; a purpose infinitive after a gathering names what it is for, not who attends; who "reports on"
// a visit is its reporter, not a visitor. Sentences are from TempEval-3 TimeBank
// (a development part), not from the golden fixtures.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

const roles = (text: string, type: string): string[] =>
  extractArticleEvents({ id: 't', text, published: '1990-08-16' })
    .filter((e) => e.type === type)
    .flatMap((e) => (e.roles ?? []).map((r) => `${r.role}=${r.value}`));

describe('"<person> of <state>"', () => {
  it('is no visit to the state (AP900815-0044)', () => {
    const r = roles('Also today, King Hussein of Jordan arrived in Washington seeking a solution to the crisis.', 'visit');
    expect(r).toContain('destination=Washington');
    expect(r).not.toContain('destination=Jordan');
  });
  it('makes the state no party of a meeting (AP900816-0139)', () => {
    const r = roles('After a two-hour meeting at his Kennebunkport home with King Hussein of Jordan, Bush said he had no hope.', 'meeting');
    expect(r).toContain('party=King Hussein');
    expect(r).not.toContain('party=Jordan');
  });
  it('still takes a state that is not after "of" (AP900816-0139)', () => {
    const r = roles('Also Thursday, Saudi Arabia called for an emergency conference of the oil exporting countries.', 'forum');
    expect(r).toContain('attendee=Saudi Arabia');
  });
});

describe('a purpose infinitive after a gathering', () => {
  it('does not make the object of "to remove" a party (AP900816-0139)', () => {
    const text =
      'Libyan leader Moammar Gadhafi, in a letter to the U.N. Secretary-General, also called for an emergency Security Council meeting in Geneva to remove U.S. forces.';
    const r = roles(text, 'meeting');
    expect(r).toContain('place=Geneva');
    expect(r).not.toContain('party=United States');
  });
});

describe('"<staff> to <person>"', () => {
  it('makes the person served no traveller (APW19980301.0720)', () => {
    const text =
      'Prime Minister Benjamin Netanyahu told his Cabinet on Sunday that Israel was willing to withdraw from southern Lebanon. ' +
      'Two top aides to Netanyahu, political adviser Uzi Arad and Cabinet Secretary Danny Naveh, left for Europe on Sunday, apparently to investigate the Syrian issue.';
    const r = roles(text, 'visit');
    expect(r).toContain('visitor=Danny Naveh');
    expect(r).not.toContain('visitor=Benjamin Netanyahu');
  });
});

describe('a reporter who "reports on" a gathering', () => {
  it('is not one of its participants (PRI19980205.2000.1890)', () => {
    const text =
      "The World's Nancy Marshall reports on Mr. Blair's current visit to Washington and the special relationship between the two leaders.";
    const r = roles(text, 'visit');
    expect(r).toContain('destination=Washington');
    expect(r).not.toContain('visitor=Nancy Marshall');
  });
});

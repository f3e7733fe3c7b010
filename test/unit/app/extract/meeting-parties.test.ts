// Who took part: a relative clause between a subject and its trigger (app/extract/events/relative-clause.ts) and "his
// French counterpart" resolved to the person of that country named in the article (entities/person-references.ts).
// The relative clause has a development-part case (MEANTIME airbus, 128016); the development parts hold no
// "<possessive> <demonym> counterpart" and no relative clause before a meeting verb, so those cases are written for the
// rule and marked as such; the negatives are development-part sentences the rules must leave as they are.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

function rolesOf(text: string, type: string): string[] {
  const event = extractArticleEvents({ id: 't', text, published: '2009-06-18' }).find((e) => e.type === type);
  return (event?.roles ?? []).map((r) => `${r.role}=${r.value}`);
}

describe('a relative clause between the subject and the trigger', () => {
  it('names neither a party nor the place (MEANTIME dev 128016)', () => {
    const text =
      'China Eastern Airlines to purchase twenty new Airbus A320 jets. The airline, which is the third largest in China, signed the agreement in Paris on June 15.';
    const roles = rolesOf(text, 'agreement');
    expect(roles).toContain('place=Paris');
    expect(roles.join(' ')).not.toContain('China');
  });
  it('leaves the subject before it as the party (written for the rule)', () => {
    const roles = rolesOf('Pope Francis, who is visiting Canada, met Prime Minister Justin Trudeau on Wednesday.', 'meeting');
    expect(roles).toEqual(['party=Pope Francis', 'party=Justin Trudeau']);
  });
  it('leaves a meeting with no relative clause as it was (WikiEvents dev)', () => {
    expect(rolesOf('Lord Carrington and Mr Whitelaw hold talks in Stormont Castle', 'meeting')).toEqual([
      'party=Lord Carrington',
      'party=Mr Whitelaw',
      'place=Stormont Castle',
    ]);
  });
});

describe('"his French counterpart" (written for the rule)', () => {
  it('is the French person named before', () => {
    const text =
      'French Foreign Minister Catherine Colonna spoke on Monday. Antony Blinken met his French counterpart in Paris on Tuesday.';
    expect(rolesOf(text, 'meeting')).toEqual(['party=Antony Blinken', 'party=Catherine Colonna', 'place=Paris']);
  });
  it('is the French person named after', () => {
    const text =
      'Antony Blinken met his French counterpart in Paris on Tuesday. French Foreign Minister Catherine Colonna said the talks went well.';
    expect(rolesOf(text, 'meeting')).toContain('party=Catherine Colonna');
  });
  it('stays the country when the article names no such person', () => {
    expect(rolesOf('Antony Blinken met his French counterpart in Paris on Tuesday.', 'meeting')).toContain('party=France');
  });
});

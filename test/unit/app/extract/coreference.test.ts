// In-article coreference: mentions join one event only on a positive sign (shared participant or place, an
// overlapping date, a definite noun pointing back, a headline announcing the story, or a mention with nothing of its
// own); reports that merely do not contradict each other stay separate events.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

function events(text: string): { type: string; label: string; evidence: number }[] {
  return extractArticleEvents({ id: 'doc', text, published: '2019-01-22' }).map((e) => ({
    type: e.type,
    label: e.label,
    evidence: e.evidence.length,
  }));
}

describe('in-article coreference', () => {
  it('keeps two meetings apart when one names only a place and the other only its parties', () => {
    const found = events(
      'Troops searched the house where the IRA leaders met in Belfast. Taliban representatives have met several times with U.S. officials.',
    );
    expect(found.filter((e) => e.type === 'meeting')).toHaveLength(2);
  });

  it('joins a definite noun phrase to the attack it points back to', () => {
    const found = events(
      'A car bomb exploded near a police station in Kabul on Monday. The Taliban claimed responsibility for the attack.',
    );
    expect(found).toEqual([expect.objectContaining({ type: 'attack', evidence: 2 })]);
  });

  it('joins mentions that share a participant', () => {
    const found = events(
      'Chancellor Olaf Scholz met Prime Minister Fumio Kishida in Tokyo. Kishida later said he met Scholz for two hours.',
    );
    expect(found).toEqual([expect.objectContaining({ type: 'meeting', evidence: 2 })]);
  });

  it('lets the body report the event its headline announces', () => {
    const found = events('Leaders agree on icebreakers after summit\nMr. Støre and Mr. Stubb held an Arctic summit in Tromsø on Thursday.');
    expect(found).toEqual([expect.objectContaining({ type: 'forum', evidence: 2 })]);
  });

  it('joins a mention with nothing of its own to the latest compatible event', () => {
    const found = events('Foreign ministers of Qatar and Egypt held talks in Doha on Monday. They met for three hours.');
    expect(found).toEqual([expect.objectContaining({ type: 'meeting', evidence: 2 })]);
  });
});

describe('a conflict noun after a copula renames the conflict just before it', () => {
  it('one attack, dated, for "The Cafetería Rolando bombing was an attack on 13 September 1974" (WikiEvents dev)', () => {
    const text =
      'The Cafetería Rolando bombing was an attack on 13 September 1974 at the Rolando cafe in Calle del Correo, Madrid, Spain ' +
      'which killed 13 people and wounded 71.';
    const attacks = extractArticleEvents({ id: 'doc', text, published: '2019-12-27' }).filter((e) => e.type === 'attack');
    expect(attacks).toHaveLength(1);
    expect(attacks[0]!.start).toBe('1974-09-13');
  });
  it('keeps two attacks of two sentences apart', () => {
    const found = events('A bomb exploded in a cafe in Madrid on Friday. It was a quiet day until an attack hit a bus in Kabul.');
    expect(found.filter((e) => e.type === 'attack')).toHaveLength(2);
  });
});

describe('a signing verb with a definite agreement object points back', () => {
  it('one contract for "it had signed a contract ... The airline signed the agreement in Paris on June 15" (MEANTIME dev 128016)', () => {
    const text =
      'China Eastern Airlines stated on Thursday that it had signed a contract to purchase a score of Airbus A320 passenger jets. ' +
      'The airline, which is the third largest in China, signed the agreement in Paris on June 15.';
    const deals = extractArticleEvents({ id: 'doc', text, published: '2009-06-18' }).filter((e) => e.type === 'agreement');
    expect(deals).toHaveLength(1);
    expect(deals[0]!.start).toBe('2009-06-15');
    expect(deals[0]!.participants).toContain('China Eastern Airlines');
    expect(deals[0]!.places).toContain('Paris');
  });
  it('keeps an indefinite second agreement apart', () => {
    const text = 'Iran signed a gas deal with Turkey on Monday. Iraq signed a trade pact with Jordan on Friday.';
    expect(events(text).filter((e) => e.type === 'agreement')).toHaveLength(2);
  });
});

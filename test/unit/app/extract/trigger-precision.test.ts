// Trigger rules added or guarded for precision and recall: agreement verbs and nouns, "sat down with", and the
// non-event senses they must skip (accidental explosions, police raids, vehicles and bombs arriving, nationality
// adjectives, coming across someone).
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../app/extract/events/find-triggers';
import { splitSentences } from '../../../../app/extract/text/sentences';

function types(text: string): string[] {
  return findTriggers(splitSentences(text)).map((t) => t.type);
}

describe('events found', () => {
  it.each([
    ['The two presidents sat down with their delegations at the Kremlin.', 'meeting'],
    ['The foreign ministers sat down for talks in Ankara.', 'meeting'],
    ['The senate ratified the arms control treaty on Friday.', 'agreement'],
    ['The two governments agreed to restore diplomatic relations.', 'agreement'],
    ['The two companies signed a memorandum of understanding on gas supplies.', 'agreement'],
    ['The deal was approved unanimously by the board.', 'agreement'],
    ['A fragile truce has held since Sunday.', 'agreement'],
    ['Ceasefire Deal Signed In Doha', 'agreement'], // a title-case headline is not a name
    ['Militants raided a village overnight.', 'attack'],
    ['Police said gunmen raided a village overnight.', 'attack'],
    ['A bomb exploded near the market.', 'attack'],
    ['A missile strike from the sea hit the port.', 'attack'],
    ['Rebels attacked the base from the north.', 'attack'],
    ['An attack on the convoy killed five soldiers.', 'attack'],
    ['Police said the shooting at the market left four dead.', 'attack'],
    ['The minister arrived in Tokyo by plane.', 'visit'],
    ['President John F. Kennedy flew to Berlin in June 1963.', 'visit'],
    ['Putin and Xi had a brief encounter on the sidelines of the talks.', 'meeting'],
    ['President Xi received Pakistani officials in Beijing.', 'meeting'],
  ])('%s → %s', (text, type) => {
    expect(types(text)).toContain(type);
  });
});

describe('non-events', () => {
  it.each([
    ['accidental explosion', 'Seven militants were killed in two accidental explosions.'],
    ['detonated accidentally', 'The device detonated accidentally in the workshop.'],
    ['gas explosion', 'Firefighters suggested a gas explosion in a nearby flat.'],
    ['police raid', 'Police raided two apartments on the outskirts of Bangkok.'],
    ['raid by police', 'Two men were arrested in raids by counter-terrorism officers.'],
    ['aircraft landing', 'The first A380 landed at Changi airport after a 12-hour flight.'],
    ['plane flying to', 'The planes will not be able to fly to Indonesia.'],
    [
      'a ship with a person’s name (TimeBank)',
      'Stealth fighter planes and the aircraft carrier John F. Kennedy are also headed to Saudi Arabia to protect it.',
    ],
    [
      'a bomb landing (TimeBank)',
      'An elderly Catholic man was hospitalized from cuts after a Protestant gasoline bomb landed in his back yard.',
    ],
    [
      '"encounter" as a verb (TimeBank)',
      'The allied forces could become bogged down, especially when they encounter the tough Republican Guard.',
    ],
    ['nationality adjective after "receive"', 'GM and Chrysler receive Canadian loans amid the restructuring.'],
    ['"a great deal of"', 'The negotiators spent a great deal of time on the wording.'],
    ['"to deal with"', 'The ministry must find ways to deal with the flooding.'],
    ['"in agreement"', 'Economists are in agreement that prices will fall.'],
    ['agreement to act negated', 'The union refused to agree to cut wages.'],
    ['football strike', 'Messi scored with a stunning strike from 25 yards.'],
    ['virus attacks', 'The virus attacks the immune system.'],
    ['political attack', 'The president came under attack from his own party.'],
    ['attack on a policy', 'The opposition leader launched an attack on the policy.'],
    ['attack on an abstraction', 'Critics called the law an attack on press freedom.'],
    ['attacking play', 'The team impressed with its attacking play.'],
    ['shooting guard', 'The shooting guard scored 30 points.'],
    ['film shooting', "The film's shooting began in Rome."],
    ['blast furnace', 'The blast furnace was shut down.'],
    ['alliance named "Pact"', 'Poland was among the former Warsaw Pact countries to join.'],
    ['organisation named "Treaty"', 'The embassy served as liaison with the North Atlantic Treaty Organization.'],
  ])('%s yields no event', (_name, text) => {
    expect(types(text)).toEqual([]);
  });
});

// Untitled name runs the article shows to be a company or a product, not a person (app/extract/entities/thing-names.ts),
// and the people kept. Positive and negative cases are passages of development-part articles (MEANTIME airbus/apple,
// WikiEvents dev.jsonl), shortened to the sentences that carry the evidence.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { splitSentences } from '../../../../app/extract/text/sentences';

function people(text: string): string[] {
  return findEntities(text, splitSentences(text))
    .filter((e) => e.kind === 'person')
    .map((e) => e.text);
}

describe('runs that name a company or a product', () => {
  it.each([
    // A product noun after the run.
    ['Jobs announced, to the amazement of many, that future Apple Macintosh computers will feature Intel processors.', 'Apple'],
    [
      'Boeing delivered the final 717 to AirTran Airways, bringing production of McDonnell Douglas jets to an end. ' +
        'In 1995, McDonnell Douglas introduced the MD-95.',
      'McDonnell Douglas',
    ],
    ['It is the successor to the iBook line and contains Intel Core Duo processors and a host of features.', 'Intel Core Duo'],
    // The first word alone elsewhere, the last word never.
    [
      'This imperils the Northrop Grumman and EADS North America plan to assemble the planes in Mobile, Alabama. ' +
        'Boeing filed a formal protest, claiming the evaluation was skewed towards Northrop.',
      'Northrop',
    ],
    [
      'Dozen Syrian pro-regime fighters were killed in IS attacks in Badia al-Sukhnah and Badia al-Sham. ' +
        'US special forces at the isolated al-Tanf base in the Badia are there to keep pressure on IS.',
      'Badia',
    ],
    // A run sharing its first word with a product run.
    [
      'Apple Inc. released a new lineup of MacBook Air laptops. The launch was overshadowed by the release of the 13-inch MacBook Pro.',
      'MacBook',
    ],
  ])('%s: no person named %s', (text, name) => {
    expect(people(text).join(' | ')).not.toContain(name);
  });
});

describe('people kept', () => {
  it.each([
    // First name alone, but the family name too ("the Tsarnaevs") or an age after the full name.
    [
      'The suspected bombers, Dzhokhar and his brother, Tamerlan Tsarnaev, met Matanov the night of the attack. ' +
        'Hayden asked if Matanov had suspected the Tsarnaevs of being involved.',
      'Tamerlan Tsarnaev',
    ],
    [
      'Days later, Tamerlan was killed in a gun battle with police and Dzhokhar was found hiding in a boat. ' +
        'Dzhokhar Tsarnaev, now 20, is in a U.S. prison awaiting trial.',
      'Dzhokhar Tsarnaev',
    ],
    // A person noun before the run; the particle after the first word does not make it stand alone.
    [
      'Police arrested pilot Bernardo Badell and his wife María del Carmen Nadal, the actress María Paz Ballesteros.',
      'María Paz Ballesteros',
    ],
    [
      'Police arrested pilot Bernardo Badell and his wife María del Carmen Nadal, the actress María Paz Ballesteros.',
      'María del Carmen Nadal',
    ],
    // A person noun after the run is no product noun.
    ['Apple Computer CEO Steve Jobs opened the conference. Jobs said that Apple has 109 retail stores.', 'Steve Jobs'],
    // No development-part example: a guard for family names written first ("Wang Yi" … "Wang said").
    ['Wang Yi arrived in Moscow on Monday. Wang said cooperation would deepen.', 'Wang Yi'],
  ])('%s: keeps %s', (text, name) => {
    expect(people(text)).toContain(name);
  });
});

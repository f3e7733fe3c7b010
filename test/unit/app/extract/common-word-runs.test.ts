// Untitled capitalised runs whose words the article also writes in lower case are no person unless the run has strong
// person evidence (app/extract/entities/common-word-runs.ts). Made-up sentences that state the rule.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { splitSentences } from '../../../../app/extract/text/sentences';

function people(text: string): string[] {
  return findEntities(text, splitSentences(text))
    .filter((e) => e.kind === 'person')
    .map((e) => e.text);
}

describe('capitalised runs of ordinary words', () => {
  it.each([
    ['Border Guards stopped the convoy near the river. Two guards were hurt in the clash.', 'Border Guards'],
    ['Night Shelling resumed over the port. Witnesses heard shelling until dawn.', 'Night Shelling'],
    // Another occurrence, before the run, counts as well.
    ['Two guards were hurt in the clash. Later, Border Guards stopped the convoy.', 'Border Guards'],
    ['Beds were short in the hospitals. Field Hospitals opened near the port.', 'Field Hospitals'],
  ])('%s: no person %s', (text, name) => {
    expect(people(text).join(' | ')).not.toContain(name);
  });
});

describe('people kept', () => {
  it.each([
    // No word of the name in lower case.
    ['Heavy flooding cut the roads. Anna Kowalczyk opened the shelter on Monday.', 'Anna Kowalczyk'],
    // A title before the run: the rule does not apply.
    ['Governor Mark Stone visited the town. A stone wall collapsed in the flood.', 'Mark Stone'],
    // Strong person evidence: a saying verb, "who", an age, a person noun in apposition or before the run.
    ['Grace Rivers said the water was still rising. Both rivers broke their banks.', 'Grace Rivers'],
    ['Local shops closed early, Grace Rivers told reporters. Both rivers broke their banks.', 'Grace Rivers'],
    ['Grace Rivers, who runs the shelter, counted 40 families. Both rivers broke their banks.', 'Grace Rivers'],
    ['Grace Rivers, 45, lost her house. Both rivers broke their banks.', 'Grace Rivers'],
    ['Grace Rivers, a local farmer, lost her barn. Both rivers broke their banks.', 'Grace Rivers'],
    ['Police questioned farmer Grace Rivers about the fire. Both rivers broke their banks.', 'Grace Rivers'],
    ['"The water is rising," said Grace Rivers. Both rivers broke their banks.', 'Grace Rivers'],
    // Evidence at one occurrence keeps every occurrence of the name.
    ['Grace Rivers lost her barn. Both rivers broke their banks. Grace Rivers said help came late.', 'Grace Rivers'],
    // A titled person with the same last word in the article.
    ['Mark Stone toured the site. A stone wall collapsed. Mr. Stone promised repairs.', 'Mark Stone'],
    // Function words are not compared ("per").
    ['Per Olsen visited the town. Tickets cost five euros per day.', 'Per Olsen'],
  ])('%s: keeps %s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it('keeps the rest of a run when only its leading words are ordinary ones', () => {
    const text = 'Witness Anna Kowalczyk saw the blast. Every witness was questioned.';
    expect(people(text)).toContain('Anna Kowalczyk');
    expect(people(text).join(' | ')).not.toContain('Witness');
  });

  it('does not take a saying verb after a run that continues a capitalised name', () => {
    const text = 'Officials of NATO Field Hospitals said beds were short. The hospitals were full.';
    expect(people(text).join(' | ')).not.toContain('Field Hospitals');
  });
});

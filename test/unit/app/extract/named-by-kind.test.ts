// Places named by a lower-case kind-of-place word after them ("the Old Park district", "Victor Hugo street") and
// facilities named head word first ("Cafetería Rolando", "Universidad de Los Andes"): app/extract/entities/named-by-kind.ts.
// Positive and negative sentences are from the development parts (WikiEvents dev.jsonl), not from the golden fixtures.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { splitSentences } from '../../../../app/extract/text/sentences';

const entities = (text: string): string[] => findEntities(text, splitSentences(text)).map((e) => `${e.kind}:${e.name}`);

describe('places named by a kind-of-place word', () => {
  it.each([
    // Before: "Old Park", "Shah Wali Kot" and "Victor Hugo" were people.
    ['Later, a man was shot dead when he answered a knock at his door in the Old Park district of the city.', 'place:Old Park'],
    ['A roadside bomb killed two soldiers in Shah Wali Kot district on Sunday.', 'place:Shah Wali Kot'],
    ['Police sealed off Victor Hugo street in the centre of Lyon after the blast.', 'place:Victor Hugo street'],
    ['The bomb exploded in Cafetería Rolando, close to the headquarters of the police.', 'place:Cafetería Rolando'],
    ['Students of the Universidad de Los Andes marched on Friday.', 'organisation:Universidad de Los Andes'],
    ['The wounded were taken to the Hospital Universitario de Caracas.', 'place:Hospital Universitario de Caracas'],
  ])('%s → %s', (text, entity) => {
    const found = entities(text);
    expect(found).toContain(entity);
    expect(found.filter((e) => e.startsWith('person:'))).toEqual([]);
  });

  it.each([
    // A council, a hall or the police of a place are not the place's name with its kind.
    ['He spoke at a Trump town hall meeting in Iowa.', 'place:Trump'],
    // A person named alone stays a person.
    ['Victor Hugo wrote the novel in exile.', 'place:Victor Hugo'],
  ])('%s does not give %s', (text, entity) => {
    expect(entities(text)).not.toContain(entity);
  });

  it('keeps the gazetteer reading of a known place before "province"', () => {
    const text = 'Fighting raged in Kandahar province on Monday.';
    const found = findEntities(text, splitSentences(text)).filter((e) => e.kind === 'place');
    expect(found.map((e) => [e.name, e.country])).toEqual([['Kandahar', 'Afghanistan']]);
  });
});

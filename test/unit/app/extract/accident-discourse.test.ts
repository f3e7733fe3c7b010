// One sense per discourse for accidents: an article that calls an explosion accidental reports that accident wherever
// it names an explosion without a bomb (its headline, "setting off an explosion"); a bombing or a bomb that exploded
// is still an attack, and an article without an accident keeps its explosions. Short phrases in the style of the
// development part (WikiEvents dev), not the golden fixtures.
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../app/extract/events/find-triggers';
import { splitSentences } from '../../../../app/extract/text/sentences';

const attackWords = (text: string): string[] =>
  findTriggers(splitSentences(text))
    .filter((t) => t.type === 'attack')
    .map((t) => t.text);

describe('explosions of an article that names an accident', () => {
  it.each([
    [
      'headline before the accident',
      '5 militants killed in blasts in Kandahar\nFive militants were killed in two accidental explosions on Friday.',
    ],
    [
      '"setting off an explosion" after it',
      'The device detonated accidentally. A truck touched off a mine, setting off an explosion that killed two.',
    ],
    ['a gas blast', 'A gas explosion destroyed a house in Lyon. The blast shattered windows across the street.'],
  ])('%s: no attack', (_name, text) => {
    expect(attackWords(text)).toEqual([]);
  });
});

describe('attacks that stay attacks', () => {
  it.each([
    ['a bombing in an accident article', 'Two workers died in a gas explosion. Separately, a car bombing killed six in Kabul.', 'bombing'],
    ['a bomb that exploded', 'The device detonated accidentally. Later a second bomb exploded near the market.', 'exploded'],
    ['no accident in the article', '7 militants killed in blasts in Afghanistan\nThe blasts hit a checkpoint on Friday.', 'blasts'],
  ])('%s', (_name, text, word) => {
    expect(attackWords(text)).toContain(word);
  });
});

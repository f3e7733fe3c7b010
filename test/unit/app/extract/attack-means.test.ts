// Coreference of attacks by their means: a modifier of an attack noun that names a means ("a knife attack", "the
// van-and-knife attack") keeps it apart from an attack by other means (a bombing); a bare "the attack" still joins
// any, and the same means joins. Short phrases in the style of the development part (WikiEvents dev).
import { describe, expect, it } from 'vitest';
import { attacks } from './attack-roles';

describe('attacks by their means', () => {
  it.each([
    [
      'another means: apart',
      'The bomber behind the Manchester suicide bombing was known to police. Questions followed the van-and-knife attack in the city.',
      2,
    ],
    ['a bare "the attack": joined', 'A suicide bombing hit the concert hall in Manchester. The attack killed 22 people.', 1],
    ['the same means: joined', 'A knife attack wounded three people in Lyon. Police said the stabbing lasted a minute.', 1],
  ])('%s', (_name, text, count) => {
    expect(attacks(text)).toHaveLength(count);
  });
});

// An attack verb in a relative clause of habit ("insurgents who continue to ambush ...") reports no attack
// (habitual-attacks.ts); a past attack in a relative clause and an attack still to come keep their trigger.
// Sentences of WikiEvents dev, verbatim.
import { describe, expect, it } from 'vitest';
import { attackTriggers } from './attack-roles';

describe('a habit of a group, not an attack', () => {
  it.each([
    [
      'who continue to',
      'US-backed and Kurdish-led militias captured IS’ last remaining territory in March 2019, but the desert countryside ' +
        'south and east of Deir ez-Zor on the regime’s side of the Euphrates is rife with insurgents who continue to ambush ' +
        'pro-Syrian regime forces, Al-Monitor reported.',
    ],
  ])('%s', (_name, text) => {
    expect(attackTriggers(text)).toEqual([]);
  });
});

describe('still an attack', () => {
  it.each([
    [
      'a past attack in a relative clause',
      'Last month, community and mosque leaders in Manchester and neighbors of Salman Abedi, the British-Libyan who carried ' +
        'out the May 22 concert bombing in the city, accused the security services of missing several opportunities to identify him as a high-risk militant.',
      ['bombing'],
    ],
    [
      'an attack still to come',
      'The bombing gave those opposed to further liberalisation of the country, such as Blas Piñar, the opportunity to attack ' +
        'the Prime Minister Carlos Arias Navarro.',
      ['bombing', 'attack'],
    ],
  ])('%s', (_name, text, triggers) => {
    expect(attackTriggers(text)).toEqual(triggers);
  });
});

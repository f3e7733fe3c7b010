// Coreference of attacks by their means: a modifier of an attack noun that names a means ("a knife attack", "the
// van-and-knife attack") keeps it apart from an attack by other means (a bombing); a bare "the attack" still joins
// any, and the same means joins. Short phrases in the style of the development part (WikiEvents dev). Projectiles fired
// at a target are an attack of their own means (TimeBank, the development part of TempEval-3; the others made up).
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

describe('an attack stated by its projectiles fired at a target (attack-fired-projectile)', () => {
  it.each([
    // TimeBank (the development part of TempEval-3); before, only the bombing was found.
    [
      'Extremists have bombed two predominantly pro-British Protestant towns and fired mortar shells at a police station since Sinn Fein was expelled.',
      ['Bombing — Sinn Fein', 'Shelling — Sinn Fein'],
    ],
    ['Houthi rebels fired missiles at ships in the Red Sea on Sunday.', ['Missile strike by Houthis in Red Sea']],
    ['Hamas fired rockets into Israel on Friday.', ['Rocket attack by Hamas in Israel']],
  ])('%s → %j', (text, labels) => {
    expect(attacks(text).map((a) => a.label)).toEqual(labels);
  });
  it.each([
    // A launch with no target, or into the sea or space, is a test.
    'North Korea fired two missiles into the sea on Monday.',
    'The army launched a missile test on Monday.',
    'SpaceX launched a rocket into orbit on Monday.',
  ])('%s gives no attack', (text) => {
    expect(attacks(text)).toEqual([]);
  });
});

// Victims vs targets: a state or group named inside the phrase of an attack's victims ("six NATO service members",
// "members of the U.S. and Afghan forces", "a convoy of Russian soldiers") qualifies them and is no target of its own;
// a state or group that is the object itself ("attacks on NATO", "an attack on Afghan forces") still is. Short phrases
// in the style of the development part (WikiEvents dev), not the golden fixtures.
import { describe, expect, it } from 'vitest';
import { rolesOf } from './attack-roles';

describe('a name qualifying the victims is no target', () => {
  it.each([
    ['In Bagram, a suicide bomber blew himself up, killing six NATO service members.', 'NATO'],
    ['A roadside bomb exploded, killing 13 Afghan police officers on Sunday.', 'Afghanistan'],
    ['The group condemned the attack on members of the U.S. and Afghan forces.', 'United States'],
    ['The group condemned the attack on members of the U.S. and Afghan forces.', 'Afghanistan'],
    ['An IED detonated under a convoy of Russian soldiers near the city.', 'Russia'],
  ])('%s: no role for %s', (text, name) => {
    expect(rolesOf(text).filter((r) => r.endsWith(`=${name}`) && !r.startsWith('place='))).toEqual([]);
  });
});

describe('a name that is the object of the attack stays its target', () => {
  it.each([
    ['Militants launched rocket attacks on NATO near the airfield.', 'target=NATO'],
    ['Dagestan sees frequent attacks on Russian forces.', 'target=Russia'],
    ['Gunmen attacked the headquarters of NATO in Kabul.', 'target=NATO'],
  ])('%s → %s', (text, role) => {
    expect(rolesOf(text)).toContain(role);
  });
});

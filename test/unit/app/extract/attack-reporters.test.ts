// Reporting speakers and addressees are never attack roles: a news agency or outlet told what is reported ("Witnesses
// told Reuters the gunmen opened fire", "a police source told AFP") is no attacker, while a group before the verb of
// the attack still is. Short phrases in the style of the development part (WikiEvents dev), not the golden fixtures.
import { describe, expect, it } from 'vitest';
import { rolesOf } from './attack-roles';

describe('the addressee of a report takes no role', () => {
  it.each([
    ['Witnesses told Reuters the gunmen opened fire on worshippers at the mosque.', 'Reuters'],
    ['A police source told AFP that militants attacked the convoy near Kandahar.', 'AFP'],
    ['Officials told the BBC the bombing killed 12 people.', 'BBC'],
  ])('%s: no role for %s', (text, name) => {
    expect(rolesOf(text).filter((r) => r.endsWith(`=${name}`))).toEqual([]);
  });
});

describe('the attacker still found', () => {
  it.each([
    ['Al-Shabaab militants attacked a military base in Somalia on Friday.', 'attacker=al-Shabab'],
    ['Witnesses said Taliban gunmen attacked the checkpoint at dawn.', 'attacker=Taliban'],
  ])('%s → %s', (text, role) => {
    expect(rolesOf(text)).toContain(role);
  });
});

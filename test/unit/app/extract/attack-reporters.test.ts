// Reporting speakers and addressees are never attack roles: a news agency or outlet told what is reported ("Witnesses
// told Reuters the gunmen opened fire", "a police source told AFP") is no attacker, while a group before the verb of
// the attack still is; a claim of the attack names the attacker, a denial does not; a suicide bomber is no aircraft,
// and a state qualifying the soldiers of an ambushed convoy no target. Short phrases in the style of the development
// part (WikiEvents dev), not the golden fixtures.
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

describe('claims and perpetrators', () => {
  it.each([
    ['The Taliban claimed the attack in a statement.', 'attacker=Taliban'],
    ['ETA has claimed responsibility for the attack.', 'attacker=ETA'],
  ])('%s → %s', (text, role) => {
    expect(rolesOf(text)).toContain(role);
  });
  it.each([
    ['The Taliban denied responsibility for the attack.', 'attacker=Taliban'],
    ['A suicide bomber killed 25 people at a wedding in Kabul on Saturday.', 'weapon=aircraft'],
    ['Suspected militants ambushed a convoy of Pakistani soldiers in North Waziristan.', 'target=Pakistan'],
  ])('%s does not give %s', (text, role) => {
    expect(rolesOf(text)).not.toContain(role);
  });
});

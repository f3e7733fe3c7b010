// Attack roles read from the preposition that governs a name, not from its distance to the trigger; conflict words
// that modify an equipment or unit noun, prefixed adjectives and workers' strikes; one sense per discourse for words a
// guard rejected. Sentences are from the development parts (WikiEvents dev.jsonl, TempEval-3 TimeBank), not from the
// golden fixtures.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import { attacks, rolesOf } from './attack-roles';

describe('a name after a conflict trigger is its target only as its object', () => {
  it.each([
    [
      'On the morning of 1 March 2019, Taliban gunmen and suicide bombers attacked Camp Shorabak in Helmand Province.',
      'target=Camp Shorabak',
    ],
    ['Iraq could start hostilities with Israel either through a direct attack or by attacking Jordan.', 'target=Jordan'],
    ['President Clinton says he is committed to a possible strike against Iraq, despite objections from other countries.', 'target=Iraq'],
  ])('%s → %s', (text, role) => {
    expect(rolesOf(text)).toContain(role);
  });
  it.each([
    // TimeBank: UN is governed by "without", not by the verb.
    ['Russia said Washington would break international law by attacking without UN approval.', 'target=United Nations'],
    ['Russia said Washington would break international law by attacking without UN approval.', 'victim=United Nations'],
  ])('%s does not give %s', (text, role) => {
    expect(rolesOf(text)).not.toContain(role);
  });
});

describe('the subject of "be the target of" an attack is struck, not its attacker', () => {
  it.each([
    ["Egypt's news agency said Thursday that Saddam Hussein was the target of an assassination attempt.", 'victim=Saddam Hussein'],
    ['Saddam Hussein became the main target of the attacks.', 'victim=Saddam Hussein'],
  ])('%s → %s', (text, role) => {
    expect(rolesOf(text)).toContain(role);
    expect(rolesOf(text)).not.toContain('attacker=Saddam Hussein');
  });
});

describe('a place is where the attack happened under a locative preposition or as a modifier of the trigger', () => {
  it.each([
    ['On December 21, 2015 in Bagram, a suicide bomber blew himself up, killing six NATO service members.', 'place=Bagram'],
    ['This man, Eric Rudolph has already been charged in the Birmingham bombing.', 'place=Birmingham'],
  ])('%s → %s', (text, role) => {
    expect(rolesOf(text)).toContain(role);
  });
  it('does not take the subjects of another verb as the place (TimeBank)', () => {
    const roles = rolesOf(
      "Washington and London are virtually alone in warning Iraq of military strikes if it doesn't back down on the weapons inspection issue.",
    );
    expect(roles.filter((r) => r.startsWith('place='))).toEqual([]);
  });
});

describe('a conflict word that only names a kind of thing is no attack', () => {
  it.each([
    ['Marines, Army air assault forces, paratroopers and infantry are expected to be committed within weeks.'],
    ['In a pre-attack message, Lt. Gen. Walter Boomer, the top Marine in the Persian Gulf, told his troops to be ready.'],
    ['Profit from coal fell to $41 million from $58 million, partly because of a miners’ strike.'],
    ['They arrested two men in connection with the bomb factory, which also contained circuitry, detonating cord and a truck.'],
  ])('%s', (text) => {
    expect(attacks(text)).toEqual([]);
  });
  it.each([
    ['A court has convicted a friend of Boston Marathon bombing suspect Dzokhar Tsarnaev for impeding the investigation.'],
    ['On Victor Hugo street, police removed the cordon around the explosion area.'],
    ['The investigations revealed that the failed assassination attempt was planned in Colombia.'],
    // A modifier is no other sense of the word: "the attack" after "attack helicopters" is still an attack.
    ['Israeli attack helicopters fired missiles at a car in Gaza, and the attack killed two men.'],
  ])('still reports the event in: %s', (text) => {
    expect(attacks(text)).not.toEqual([]);
  });
});

describe('one sense per discourse: a definite mention keeps the sense a guard gave the word earlier', () => {
  it('takes "the raids" after police raids as those raids (WikiEvents dev)', () => {
    const text =
      'Police and counter-terror officers launched further raids early Monday in east London. A police spokesman said a ' +
      'number of people had been detained. Local residents reported hearing bangs and gunshots during the raids.';
    expect(attacks(text)).toEqual([]);
  });
  it('still reads "the raids" as attacks when the word was last used of an attack', () => {
    const text = 'Gunmen raided two villages near the border overnight. Survivors said the raids lasted an hour.';
    expect(attacks(text)).not.toEqual([]);
  });
  it('judges a new indefinite mention on its own', () => {
    const text = 'Police raided two apartments in the city on Monday. On Tuesday, an air raid hit a market in the north.';
    expect(attacks(text)).not.toEqual([]);
  });
});

describe('a definite attack noun points back only to an attack by the same means (conflict-kinds.ts)', () => {
  const eventsOf = (text: string) => extractArticleEvents({ id: 't', text, published: '2019-06-01' }).filter((e) => e.type === 'attack');
  it('keeps the bombings apart from the gunfire before them (WikiEvents dev)', () => {
    const text =
      'After midnight their posts in Anderstown and the Old Park Road came under intense gunfire. ' +
      'The Provisional IRA accepted responsibility for the bombings, which seemed to be aimed at civilians.';
    const events = eventsOf(text);
    const bombing = events.find((e) => e.mentions.some((m) => m.role === 'trigger' && m.text === 'bombings'))!;
    expect(bombing.mentions.some((m) => m.role === 'trigger' && m.text === 'gunfire')).toBe(false);
    expect(bombing.places).not.toContain('Anderstown');
  });
  it('still joins "the explosion" to the bomb that exploded, and "the attack" to either (WikiEvents dev)', () => {
    const text =
      'A device exploded on Friday, wounding 13 people on a busy pedestrian street in the city of Lyon. ' +
      'He said no group had yet claimed responsibility for the explosion. The attack shocked the city.';
    expect(eventsOf(text)).toHaveLength(1);
  });
});

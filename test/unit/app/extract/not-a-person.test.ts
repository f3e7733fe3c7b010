// Capitalised runs that are no person (app/extract/entities/not-a-person.ts), titles that are no names, and the
// people kept. Positive and negative cases are sentences from the development parts (WikiEvents dev.jsonl, MEANTIME
// airbus/apple).
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { splitSentences } from '../../../../app/extract/text/sentences';

function people(text: string): string[] {
  return findEntities(text, splitSentences(text))
    .filter((e) => e.kind === 'person')
    .map((e) => e.text);
}

describe('capitalised runs that are no person', () => {
  it.each([
    ['Questioned About Surveillance Priorities', 'Surveillance Priorities'],
    ['Kyrgyzstan National Pleads Not Guilty to Hampering Boston Bomb Probe', 'Bomb Probe'],
    ['Kyrgyzstan National Pleads Not Guilty to Hampering Boston Bomb Probe', 'National Pleads Not Guilty'],
    ['Ultimately Bloody Friday revealed a side to the organisation that many who had joined had not wished to acknowledge.', 'Bloody'],
    ['Under the agreement, Aer Lingus Group PLC said it will receive six new A330-300E aircraft.', 'Aer Lingus'],
    ['Joe Leonard, Chairman and Chief Operating Officer of AirTran Airways, said the order was welcome.', 'Operating Officer'],
  ])('%s: %s is no person', (text, name) => {
    expect(people(text).join(' | ')).not.toContain(name);
  });
});

describe('titles without their names (WikiEvents dev)', () => {
  it.each([
    ["The governor called on the Attorney General's office to investigate Sarmiento.", 'General'],
    ["The Public Prosecutor's office has delivered the information to the courts.", 'Prosecutor'],
  ])('%s: %s is no person', (text, name) => {
    expect(people(text).join(' | ')).not.toContain(name);
  });

  it.each([
    ['The Venezuelan Attorney General Tarek William Saab said Tuesday that the number of people arrested rose.', 'Tarek William Saab'],
    ['An FBI agent acknowledged under cross-examination by defense attorney Edward Hayden that Matanov lived in Quincy.', 'Edward Hayden'],
  ])('%s: the person is %s, the title kept apart', (text, name) => {
    expect(people(text)).toEqual([name]);
  });
});

describe('streets, motels, papers and web page furniture', () => {
  it.each([
    [
      'The explosion targeted a bakery on the central street Rue Victor Hugo, in what French President Emmanuel Macron called an "attack."',
      'place:Rue Victor Hugo',
    ],
    ['According to testimony, McVeigh checked into the Dreamland Motel later that day and stayed until the 17th.', 'place:Dreamland Motel'],
  ])('%s → %s', (text, wanted) => {
    const found = findEntities(text, splitSentences(text)).map((e) => `${e.kind}:${e.text}`);
    expect(found).toContain(wanted);
    expect(found.join(' ')).not.toMatch(/person:(?:Rue )?Victor Hugo|person:Dreamland/);
  });

  it.each([
    ['The governor of Aragua denies Sarmiento’s claims, according to the Latin American Herald Tribune.', 'Herald Tribune'],
    [
      'Watch video 04:27 Share French police face emergency Send Facebook google+ Whatsapp Tumblr linkedin stumble Digg reddit Newsvine Permalink',
      'Whatsapp Tumblr',
    ],
  ])('%s: %s is no person', (text, name) => {
    expect(people(text).join(' | ')).not.toContain(name);
  });
});

describe('people kept', () => {
  it.each([
    ['Hayden asked FBI Special Agent Timothy McElroy undercross-examination if there was any evidence.', 'Timothy McElroy'],
    ['JSA Research defence analysist Paul Nesbit said that the contract could be worth more.', 'Paul Nesbit'],
    ['Louis Gallois, the Airbus chief executive, said the company expects to cut approximately 4,300 jobs in France.', 'Louis Gallois'],
    ['"I was looking right at him," declared Eldon Elliott, owner of Elliott’s Body Shop.', 'Eldon Elliott'],
    ['Presiding Judge Martin Mann has stated that he owns an iPod portable music player.', 'Martin Mann'],
  ])('%s → %s', (text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe('US states', () => {
  it('reads a state after a city as a place', () => {
    const text =
      'Steve Jobs gave his annual opening keynote to the World Wide Developers Conference at Moscone Center in San Francisco, California on Monday.';
    const found = findEntities(text, splitSentences(text)).map((e) => `${e.kind}:${e.text}`);
    expect(found).toContain('place:California');
  });
});

// Well-known companies (app/extract/entities/company-names.ts) and a maker's name inside a product's ("Boeing 737",
// "Airbus aircraft", gazetteer-pass.ts). Positive and negative sentences are from the development parts (MEANTIME
// corpus_airbus and corpus_apple, WikiEvents dev.jsonl), not from the golden fixtures.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { splitSentences } from '../../../../app/extract/text/sentences';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import { rolesOf } from './attack-roles';

const entities = (text: string): string[] => findEntities(text, splitSentences(text)).map((e) => `${e.kind}:${e.name}`);

describe('well-known companies named alone', () => {
  it.each([
    // Before: "Boeing" was a person (the subject of "has"), "Lockheed Martin" a first name and a surname.
    ['Boeing has unveiled a new ultra-long range version of its 777 airliner.', 'organisation:Boeing'],
    ['Apple has released an application that limits the volume produced from its iPod portable music players.', 'organisation:Apple'],
    ['The company was in possession of documentation from Lockheed Martin during the selection process.', 'organisation:Lockheed Martin'],
    ['Last month, Northrop Grumman and EADS defeated Boeing to win a massive order for 179 tankers.', 'organisation:Northrop Grumman'],
    ['Citing "a precautionary measure", Airbus announced that two of the engines would be replaced.', 'organisation:Airbus'],
  ])('%s → %s', (text, entity) => {
    const found = entities(text);
    expect(found).toContain(entity);
    expect(found.filter((e) => e.startsWith('person:'))).toEqual([]);
  });

  it('keeps a legal name that only adds a head word to a known company', () => {
    const text = 'Under the agreement, Aer Lingus Group PLC said it will receive six new A330-300E aircraft from 2009 to 2011.';
    expect(entities(text)).toContain('organisation:Aer Lingus Group PLC');
  });

  it.each([
    // A person who shares a company's name is no company: the list leaves out such names ("Saab": Tarek William Saab,
    // WikiEvents dev scenario_en_113; "Ford").
    [
      'The Venezuelan Attorney General Tarek William Saab said Tuesday that the number of people involved has risen to 34.',
      'organisation:Saab',
    ],
    ['Former President Gerald Ford attended the ceremony in Grand Rapids.', 'organisation:Ford'],
  ])('%s does not give %s', (text, entity) => {
    expect(entities(text)).not.toContain(entity);
  });
});

describe("a maker's name inside a product's name", () => {
  it.each([
    ['AirTanker Ltd. signed a 27-year contract to supply 14 new Airbus A330-200 passenger airliners.', 'Airbus'],
    ['Ryanair exercises options on five Boeing 737s.', 'Boeing'],
    ['Irish national airline Aer Lingus have purchased 12 new long-haul Airbus aircraft.', 'Airbus'],
  ])('%s names no organisation %s', (text, name) => {
    expect(entities(text)).not.toContain(`organisation:${name}`);
    expect(entities(text)).not.toContain(`person:${name}`);
  });

  it('is no party of the deal that buys the product (MEANTIME dev 3835)', () => {
    const text =
      "Officials from the People's Republic of China have agreed to purchase 60 Boeing 787 Dreamliner aircraft in a deal worth US$7.2bn.";
    const deals = extractArticleEvents({ id: 't', text, published: '2005-01-29' }).filter((e) => e.type === 'agreement');
    expect(deals.length).toBeGreaterThan(0);
    expect(deals.flatMap((e) => e.participants)).not.toContain('Boeing');
  });

  it.each([
    // The possessive is the company itself, and so is the company before a verb.
    ["Delayed by Boeing's outsourcing system to a variety of subcontractors, two models have been developed.", 'organisation:Boeing'],
    ['The airline had approached Airbus rival Boeing regarding a potential deal.', 'organisation:Boeing'],
  ])('%s still gives %s', (text, entity) => {
    expect(entities(text)).toContain(entity);
  });
});

describe('a name after "via" is the channel of a claim, not the target of the attack', () => {
  it('WikiEvents dev suicide_ied_11', () => {
    const text =
      'A suicide bomber attacked a NATO convoy near Bagram Airfield on Monday. ' +
      'Zabiullah Mujahid, the spokesperson for the Taliban, claimed they were responsible for the attack via Twitter and e-mail.';
    expect(rolesOf(text)).not.toContain('target=Twitter');
  });
  it('an object after "on" still is the target', () => {
    expect(rolesOf('Hackers linked to Russia launched an attack on Twitter on Monday.')).toContain('target=Twitter');
  });
});

describe('names a company owns, and the longest name at one start (TimeBank, the development part of TempEval-3)', () => {
  const text = 'RJR Nabisco Inc. said it agreed to sell its Baby Ruth, Butterfinger and Pearson candy businesses to Nestle.';
  it('reads "RJR Nabisco Inc." whole, not the acronym inside it', () => {
    expect(entities(text)).toContain('organisation:RJR Nabisco Inc.');
    expect(entities(text)).not.toContain('organisation:RJR');
  });
  it('reads no person in what "its" owns', () => {
    expect(entities(text).filter((e) => e.startsWith('person:'))).toEqual([]);
    const deal = extractArticleEvents({ id: 't', text, published: '1989-10-29' }).find((e) => e.type === 'agreement');
    expect(deal?.participants).toContain('RJR Nabisco Inc.');
    expect(deal?.participants).not.toContain('Baby Ruth');
  });
  it('still reads a person after "his" or a title after "its"', () => {
    expect(entities('The company said its chief executive, John Smith, would resign.')).toContain('person:John Smith');
    expect(entities('Smith said his Harvard Business School friends had helped.').filter((e) => e.startsWith('person:'))).toEqual([
      'person:Smith',
    ]);
  });
});

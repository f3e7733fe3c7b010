// Organisations named by their context and their repeats (app/extract/entities/organisation-context.ts), airline and
// air-force names, model codes, currencies and abbreviations that are no organisation (organisation-names.ts).
// Positive and negative cases are sentences from the development parts (MEANTIME airbus/apple, WikiEvents dev.jsonl).
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { splitSentences } from '../../../../app/extract/text/sentences';

function entities(text: string): string[] {
  return findEntities(text, splitSentences(text)).map((e) => `${e.kind}:${e.text}`);
}

describe('organisations named by their context', () => {
  it.each([
    ['Airbus chief executive Noel Forgeard stated that he expected sales of the aircraft to exceed the 250 required.', 'Airbus'],
    ['European aircraft manufacturer, Airbus, has won an order from Qatar Airways for up to 60 of its new mid-sized A350 jets.', 'Airbus'],
    ['Irish national airline Aer Lingus have purchased 12 new long-haul Airbus aircraft.', 'Aer Lingus'],
    ['Qatar Airways, which choose the Airbus A350 over Boeing’s 787, will also purchase 20 of Boeing’s larger 777 planes.', 'Boeing'],
    ['The company was in possession of documentation from Lockheed Martin, Boeing’s rival during the selection process.', 'Boeing'],
  ])('%s → organisation %s', (text, name) => {
    const found = entities(text);
    expect(found).toContain(`organisation:${name}`);
    expect(found).not.toContain(`person:${name}`);
  });

  it('reads the same name elsewhere in the article as the organisation, not as a person or a subject', () => {
    const text =
      'European aircraft manufacturer, Airbus, has won an order from Qatar Airways. ' +
      'The order has given a boost to an otherwise disappointing Paris Air Show, dominated by a dispute between Airbus and Boeing. ' +
      'Airbus said the order was its largest.';
    const airbus = findEntities(text, splitSentences(text)).filter((e) => e.text === 'Airbus');
    expect(airbus.map((e) => e.kind)).toEqual(['organisation', 'organisation', 'organisation']);
  });

  it.each([
    // A year after a possessive is no model number (WikiEvents dev, scenario_en_62).
    ['Ramírez, who carries around a pocket version of Chávez’s 1999 constitution in her purse, is among them.', 'organisation:Chávez'],
    // A product of the organisation is not taken as the organisation ("Airbus A380" is an aircraft).
    [
      'European aircraft manufacturer, Airbus, has won an order from Qatar Airways. Qatar Airways, which choose the Airbus A350 over Boeing’s 787, will also buy.',
      'organisation:Airbus A350',
    ],
    // A place that belongs to the organisation ("its Cupertino headquarters").
    [
      'During a media event held at its Cupertino headquarters, Apple released the long awaited iPhones Software Development Kit (SDK).',
      'organisation:Cupertino',
    ],
    // A titled person keeps its reading.
    [
      'Louis Gallois, the Airbus chief executive, said the company expects to cut approximately 4,300 jobs in France.',
      'organisation:Louis',
    ],
  ])('finds no wrong organisation in %s', (text, unwanted) => {
    expect(entities(text)).not.toContain(unwanted);
  });
});

describe('makers named by a model number', () => {
  it('reads the maker of "The Boeing 737-800" as the organisation elsewhere, and the product as no organisation', () => {
    const text =
      'Ryanair CEO, Michael O’Leary, justified his choice of Boeing by saying, "The Boeing 737-800 has the best technical reliability."';
    const boeing = findEntities(text, splitSentences(text)).filter((e) => e.text === 'Boeing');
    expect(boeing.map((e) => e.kind)).toEqual(['organisation']);
    expect(boeing[0]!.start).toBe(text.indexOf('Boeing'));
  });

  it('takes no maker from a name before years', () => {
    const text =
      'On August 24, Jobs resigned from his post as CEO. A statement on Apple’s website, the homepage of which currently displays ' +
      'a black and white photograph and the text "Steve Jobs 1955-2011", states that Apple has lost a visionary.';
    expect(entities(text).join(' ')).not.toMatch(/organisation:(?:Steve )?Jobs/);
  });

  it('takes no maker from a word the article also writes in lower case', () => {
    const text = 'The glitch was found on Flight 447. The flight was delayed, the Flight crew said.';
    expect(entities(text).join(' ')).not.toMatch(/organisation:Flight/);
  });
});

describe('airlines, air forces and things that are no organisation', () => {
  it.each([
    ['Airbus offers funding to search for black boxes from Air France disaster.', 'organisation:Air France', 'country:France'],
    [
      'Air Canada has ordered US$6 billion in new airliners, while Air India has signed a deal for a further US$7 billion.',
      'organisation:Air India',
      'country:India',
    ],
    ['Government Accountability Office requests rerun of US Air Force tanker bid.', 'organisation:US Air Force', 'country:US'],
  ])('%s → %s, not %s', (text, wanted, unwanted) => {
    const found = entities(text);
    expect(found).toContain(wanted);
    expect(found).not.toContain(unwanted);
  });

  it('reads a legal suffix as a company head word', () => {
    const found = entities('Under the agreement, Aer Lingus Group PLC said it will receive six new A330-300E aircraft from 2009 to 2011.');
    expect(found).toContain('organisation:Aer Lingus Group PLC');
  });

  it.each([
    [
      'However, James Rogers, an expert in drone warfare who is associate lecturer at the University of York, predicted other options.',
      'organisation:University of York',
    ],
    [
      'The Public Prosecutor’s office has delivered the information to Interpol in a record time and with great detail, Saab reported.',
      'organisation:Interpol',
    ],
  ])('%s → %s', (text, wanted) => {
    expect(entities(text)).toContain(wanted);
  });

  it('takes no short form from the head word that opens an "X of Y" name', () => {
    const text = 'He is a lecturer at the University of York. University officials declined to comment.';
    expect(entities(text).filter((e) => e.startsWith('organisation:'))).toEqual(['organisation:University of York']);
  });

  it('does not read the Paris Air Show as an airline or a person', () => {
    const found = entities(
      'The order has given a boost to an otherwise disappointing Paris Air Show, which had been dominated by a dispute.',
    );
    expect(found.join(' ')).not.toMatch(/organisation:Air Show|person:/);
  });

  it.each([
    [
      'Between 2014 and 2016 it will take delivery of six new A350 XWB (Extra Wide Body) aircraft, a new design by Airbus.',
      /organisation:A3/,
    ],
    [
      'Boeing for a US$40 billion (GB # 20.1 billion) contract to supply the United States Air Force (USAF).',
      /(?:country|organisation):US\b/,
    ],
    ['Apple releases iPhone SDK, announces upcoming update.', /organisation:SDK/],
    ['Apple has plans to import more features of its iOS mobile operating system to the Mac OS X operating system.', /organisation:OS/],
  ])('finds no organisation or country in %s', (text, unwanted) => {
    expect(entities(text).join(' ')).not.toMatch(unwanted);
  });
});

describe('names that are no people', () => {
  it.each([
    ['The glitch only became public attention this weekend, when German magazine Der Spiegel cited confidential documents.', 'Der Spiegel'],
    ['The Rolando Cafe was located on 4 Calle del Correo in Madrid, close to the General Directorate of Security.', 'Rolando Cafe'],
    ['Apple Corps argued that the iTunes Music Store was a breach of the 1991 settlement reached between the two parties.', 'Music Store'],
    // TimeBank (the TempEval-3 development part) wsj_0585, wsj_0816.
    ['When the computers say "sell," the composite tumbles as well as the Dow Jones Industrial Average.', 'Dow Jones Industrial'],
    [
      '"People are questioning corporate profits," said Abby Joseph Cohen, a market strategist at Drexel Burnham Lambert.',
      'Drexel Burnham Lambert',
    ],
  ])('%s: %s is no person', (text, name) => {
    expect(entities(text)).not.toContain(`person:${name}`);
  });

  it('reads the employer after "<job> at" as an organisation, the employee stays a person (TimeBank wsj_0816)', () => {
    const found = entities(
      '"People are questioning corporate profits," said Abby Joseph Cohen, a market strategist at Drexel Burnham Lambert.',
    );
    expect(found).toContain('organisation:Drexel Burnham Lambert');
    expect(found).toContain('person:Abby Joseph Cohen');
    expect(entities('Hundreds of people at Battle Creek lined the streets.').join(' ')).not.toContain('organisation:Battle');
  });

  it('keeps Mann a surname, not the Isle of Man', () => {
    expect(
      entities('Presiding Judge Martin Mann has stated that he owns an iPod portable music player, which is made by Apple Computer.'),
    ).not.toContain('country:Mann');
  });
});

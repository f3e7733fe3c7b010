// The entity rules as data: every rule id the entity finders emit, with an example in which it must find
// `expectedName`. The finders implement them (gazetteer.ts, find-entities.ts, person-references.ts); this
// table documents them and drives the table test.

import type { EntityRule } from './types';

export const ENTITY_RULES: readonly EntityRule[] = [
  {
    id: 'country-name',
    kind: 'country',
    description: 'Country names and spellings from world-countries (+ aliases such as "U.S.").',
    example: 'Talks between Vietnam and the Philippines resumed.',
    expectedName: 'Vietnam',
  },
  {
    id: 'country-demonym',
    kind: 'country',
    description: 'Demonyms from world-countries stand for their country.',
    example: 'Chinese state media reported the talks.',
    expectedName: 'China',
  },
  {
    id: 'country-historical',
    kind: 'country',
    description: 'States of the past that world-countries does not list (HISTORICAL_COUNTRIES in gazetteer-data.ts).',
    example: 'In 1979 the Soviet Union invaded Afghanistan.',
    expectedName: 'Soviet Union',
  },
  {
    id: 'country-capital-metonym',
    kind: 'country',
    description: 'A capital used as a subject, possessor or object of a verb like "represent" is its government.',
    example: 'Moscow said the talks were useful.',
    expectedName: 'Russia',
  },
  {
    id: 'country-government-metonym',
    kind: 'country',
    description: 'Seats of government stand for the country ("the Kremlin").',
    example: 'According to a readout from the Kremlin, the two agreed.',
    expectedName: 'Russia',
  },
  {
    id: 'speaker-pronoun',
    kind: 'organisation',
    description: '"it" right after the reporting verb of a company or state stands for it (speaker-pronoun.ts).',
    example: 'First Security Corp. said it tentatively agreed to acquire Deseret Bancorp.',
    expectedName: 'First Security Corp.',
  },
  {
    id: 'place-dateline',
    kind: 'place',
    description: 'The place in capitals of a dateline at the start of a line, in title case (dateline-place.ts).',
    example: 'ADDIS ABABA, Ethiopia (AP)_ Foreign ministers met in the Ethiopian capital.',
    expectedName: 'Addis Ababa',
  },
  {
    id: 'place-capital',
    kind: 'place',
    description: 'A capital after a locative preposition is a place.',
    example: 'The delegation arrived in Nairobi late on Monday.',
    expectedName: 'Nairobi',
  },
  {
    id: 'place-city',
    kind: 'place',
    description:
      'Cities of ≥ 150k inhabitants from the city-timezones data, with their country; names that are also words or names ("Nice", "Reading") only after in/at/to/from/near/outside or before ", <Country>".',
    example: 'The ministers gathered in Porto Alegre for the forum.',
    expectedName: 'Porto Alegre',
  },
  {
    id: 'place-city-news',
    kind: 'place',
    description: 'Curated news places the city data lacks (news spellings, small conflict towns, summit venues, US states).',
    example: 'The ministers gathered in St. Petersburg for the forum.',
    expectedName: 'Saint Petersburg',
  },
  {
    id: 'place-in-capitalised',
    kind: 'place',
    description:
      'Fallback for towns not in the gazetteer: one or two capitalised words after "in"/"at" that are no other entity, month, weekday, language or known surname; events trust it less.',
    example: 'The two leaders met in Kirkenes on Friday.',
    expectedName: 'Kirkenes',
  },
  {
    id: 'place-government-seat',
    kind: 'place',
    description: 'A government seat after a locative preposition is the place.',
    example: 'She met the president at the White House in April.',
    expectedName: 'White House',
  },
  {
    id: 'organisation-known',
    kind: 'organisation',
    description: 'Curated organisations, alliances, news agencies and well-known companies (gazetteer-data.ts, company-names.ts).',
    example: 'NATO allies pledged more air defence systems.',
    expectedName: 'NATO',
  },
  {
    id: 'organisation-news-agency',
    kind: 'organisation',
    description: '"<Name> news agency".',
    example: 'The report was carried by the Yonhap news agency.',
    expectedName: 'Yonhap',
  },
  {
    id: 'organisation-name',
    kind: 'organisation',
    description: 'Capitalised names ending in Ministry, Agency, Council, Party, Commission...',
    example: 'The Defence Ministry denied the report.',
    expectedName: 'Defence Ministry',
  },
  {
    id: 'organisation-acronym',
    kind: 'organisation',
    description:
      'A word of 2–6 capitals no other rule took, except abbreviations of things (TV, CEO, IED) and text in capitals (organisation-names.ts).',
    example: 'Northrop Grumman and Airbus parent EADS defeat Boeing.',
    expectedName: 'EADS',
  },
  {
    id: 'organisation-head-word',
    kind: 'organisation',
    description: 'Capitalised words ending in Forces, Police, Observatory, Corp, Group, Bank, University... (organisation-names.ts).',
    example: 'The Syrian Observatory for Human Rights counted the dead.',
    expectedName: 'Syrian Observatory for Human Rights',
  },
  {
    id: 'organisation-short-form',
    kind: 'organisation',
    description: 'The first word of a head-word organisation name, alone elsewhere in the article (organisation-names.ts).',
    example: 'Acorn Computers unveiled a laptop. Acorn said sales rose.',
    expectedName: 'Acorn Computers',
  },
  {
    id: 'organisation-context',
    kind: 'organisation',
    description:
      'A name before a corporate role or business noun ("Airbus chief executive"), after a descriptor ("aircraft manufacturer ' +
      'Airbus") or possessing a business noun or model number ("Boeing’s 787") (organisation-context.ts).',
    example: 'Fokker chief executive Noel Forgeard stated that he expected sales of the aircraft to exceed the 250 required.',
    expectedName: 'Fokker',
  },
  {
    id: 'organisation-repeat',
    kind: 'organisation',
    description:
      'The same name elsewhere in the article as an organisation found by its context, never a person (organisation-context.ts).',
    example: 'Dutch aircraft manufacturer, Fokker, has won an order. The order ended a dispute between Fokker and Saab.',
    expectedName: 'Fokker',
  },
  {
    id: 'organisation-air',
    kind: 'organisation',
    description:
      'Airlines and air forces named "Air <Name>" or "<Name> Air Force"; the country inside is no place (organisation-names.ts).',
    example: 'Airbus offers funding to search for black boxes from Air France disaster.',
    expectedName: 'Air France',
  },
  {
    id: 'place-facility',
    kind: 'place',
    description: 'Camps, forts, bases, airports, buildings, stations, streets and squares by their head word (organisation-names.ts).',
    example: 'Gunmen attacked Camp Shorabak in Helmand Province.',
    expectedName: 'Camp Shorabak',
  },
  {
    id: 'place-natural-feature',
    kind: 'place',
    description:
      'Seas, oceans, rivers, mountains, gulfs and lakes by their head word, and their short form after "the" (natural-features.ts).',
    example: 'Nearly all of Syrian territory west of the Euphrates River lies in government hands.',
    expectedName: 'Euphrates River',
  },
  {
    id: 'place-settlement-of',
    kind: 'place',
    description: 'The name after "the town of", "the province of", "the state of" and the like (settlement-of.ts).',
    example: 'Turkish troops entered the village of Tal Abyad on Wednesday.',
    expectedName: 'Tal Abyad',
  },
  {
    id: 'place-named-area',
    kind: 'place',
    description: 'A name before a lower-case "district", "province", "street" and the like (named-by-kind.ts).',
    example: 'A roadside bomb killed two soldiers in Shah Wali Kot district on Sunday.',
    expectedName: 'Shah Wali Kot',
  },
  {
    id: 'place-head-first',
    kind: 'place',
    description: 'A Spanish, French or Italian facility name, head word first: "Cafetería Rolando", "Hôtel de Ville" (named-by-kind.ts).',
    example: 'The bomb exploded in Cafetería Rolando, close to the headquarters of the police.',
    expectedName: 'Cafetería Rolando',
  },
  {
    id: 'organisation-head-first',
    kind: 'organisation',
    description: 'A university named the Spanish, French or Italian way: "Universidad de Los Andes" (named-by-kind.ts).',
    example: 'Students of the Universidad de Los Andes marched on Friday.',
    expectedName: 'Universidad de Los Andes',
  },
  {
    id: 'person-titled',
    kind: 'person',
    description: 'A title or role followed by a capitalised name; the title is kept apart.',
    example: 'President Vladimir Putin received the delegation.',
    expectedName: 'Vladimir Putin',
  },
  {
    id: 'person-name',
    kind: 'person',
    description: 'Two to four capitalised name words that are not places, organisations or function words.',
    example: 'Speaking to reporters, Wang Yi said cooperation would deepen.',
    expectedName: 'Wang Yi',
  },
  {
    id: 'person-subject',
    kind: 'person',
    description:
      'A lone capitalised surname no other rule took, as the subject of a verb of meeting, travelling or saying (person-subject.ts).',
    example: 'Obama will meet King Felipe in Madrid.',
    expectedName: 'Obama',
  },
  {
    id: 'person-honorific',
    kind: 'person',
    description: 'Mr./Mrs./Ms./Dr. + surname, linked to the full name in the article (surname first or last).',
    example: 'Wang Yi arrived on Monday. Mr. Wang then met the press.',
    expectedName: 'Wang Yi',
  },
  {
    id: 'person-surname',
    kind: 'person',
    description: 'A bare surname of a person named in full elsewhere in the article.',
    example: 'Chancellor Olaf Scholz spoke first. Scholz then left for Osaka.',
    expectedName: 'Olaf Scholz',
  },
  {
    id: 'person-role-anaphor',
    kind: 'person',
    description:
      '"the [Demonym] leader/president/chancellor" → the last person with that title, else the last compatible person; ' +
      '"his/her [Demonym] counterpart" → the person of that country named in full before, else after (person-references.ts).',
    example: 'Mr. Putin listened. Later the Russian leader accepted the invitation.',
    expectedName: 'Putin',
  },
  {
    id: 'person-pronoun',
    kind: 'person',
    description: 'Sentence-initial He/She → the first person of the previous sentence.',
    example: 'President Joko Widodo opened the meeting. He called for calm.',
    expectedName: 'Joko Widodo',
  },
];

// The lone-surname person rule (person-subject): a single capitalised subject of a verb of meeting, travelling or
// saying, or the object of a meeting word. WikiEvents dev, MEANTIME dev (corpus_apple) and TimeBank sentences, and
// the issue's own example.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { PERSON_SUBJECT_RULE } from '../../../../app/extract/entities/person-subject';
import { splitSentences } from '../../../../app/extract/text/sentences';

const subjects = (text: string): string[] =>
  findEntities(text, splitSentences(text))
    .filter((e) => e.ruleId === PERSON_SUBJECT_RULE)
    .map((e) => e.name);

describe('person-subject', () => {
  it.each([
    ['“Timothy McVeigh,” Elliott said.', 'Elliott'],
    ['Obama will meet King Felipe and acting Prime Minister Mariano Rajoy before traveling to a U.S. naval base in Rota.', 'Obama'],
    ['On Wednesday, the Trump administration targeted 13 more Venezuelan officials.', 'Trump'],
    ['Locals have alternatively blamed IS and the Assad regime.', 'Assad'],
    // The object of a meeting word (TimeBank AP900815-0044, SJMN91-06338157; the last is made up).
    ['The monarch will meet Bush on Thursday in Kennebunkport.', 'Bush'],
    ["Another source said the president's son met with Sununu last week.", 'Sununu'],
    ['The president travelled to Washington to meet Biden on Wednesday.', 'Biden'],
  ])('finds the lone surname in %s', (text, name) => {
    expect(subjects(text)).toEqual([name]);
  });
  it.each([
    ['Apple has claimed that the 3G iPhone will provide internet access at double the speed.'],
    ['Dagestan sees frequent attacks on security forces and assassinations.'],
    ['Chancellor Olaf Scholz spoke first. Scholz then left for Osaka.'],
    ['The Kabul government denied the report.'],
    ['The Taliban regime fell in 2001.'],
    ["'' This is going to take five, six, seven years, here at Boeing and our partners. '' Boeing says they must increase the tempo."],
    // A weekday, a demonym's people and a longer name are no lone surname met (TimeBank AP900815-0044, CNN19980222.1130.0084).
    ["Iraq's Saddam, with whom the king met Monday."],
    ["He's expected to meet with Iraqi deputy prime minister Tariq Aziz."],
    ['Annan wrapped up a three hour meeting with Saddam Hussein.'],
    ['He held talks Erdogan.'],
  ])('finds none in %s', (text) => {
    expect(subjects(text)).toEqual([]);
  });
});

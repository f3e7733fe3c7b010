// "it" right after a company's or state's reporting verb stands for the speaker (speaker-pronoun.ts), and as the
// subject of the reported clause it is a party of the event, while the speaker as such is not (clause.ts isSpeakerAt).
// Sentences of TimeBank (the development part of TempEval-3) and MEANTIME dev, verbatim.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import { splitSentences } from '../../../../app/extract/text/sentences';

const parties = (text: string): string[] =>
  extractArticleEvents({ id: 't', text, published: '1989-10-31' })
    .filter((e) => e.type === 'agreement')
    .flatMap((e) => (e.roles ?? []).filter((r) => r.role === 'party').map((r) => r.value));

describe('the company that said it agreed is a party', () => {
  it.each([
    [
      'an appositive between the company and its verb',
      'Cilcorp Inc., Peoria, Ill., said it agreed to acquire the environmental consulting and analytical service businesses of ' +
        'Hunter Environmental Services Inc. of Southport, Conn.',
      ['Cilcorp Inc.', 'Hunter Environmental Services Inc. of Southport'],
    ],
    [
      'an adverb before the verb',
      'First Security Corp. said it tentatively agreed to acquire Deseret Bancorp. for stock valued at about $18 million.',
      ['First Security Corp.', 'Deseret Bancorp'],
    ],
    [
      'a day between the verb and "that" (MEANTIME dev)',
      'China Eastern Airlines stated on Thursday that it had signed a contract to purchase a score of Airbus A320 passenger jets.',
      ['China Eastern Airlines'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(parties(text)).toEqual(expected);
  });
});

describe('no pronoun of the speaker', () => {
  it.each([
    ['a person speaks', 'Mr. Vaux said it was a good price.'],
    ['"it" is not right after the verb', 'The company said on Monday that the board, which met, found it useful.'],
    ['the speaker is a place', 'In Peoria, officials said it rained.'],
  ])('%s', (_name, text) => {
    expect(findEntities(text, splitSentences(text)).filter((e) => e.ruleId === 'speaker-pronoun')).toEqual([]);
  });
});

// A trigger's right side ends where a coordinated or purpose verb phrase starts: the names after it belong to that
// verb. Sentences are from the development parts (WikiEvents dev.jsonl, TempEval-3 TimeBank), not the golden fixtures.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import { newVerbPhraseStarts } from '../../../../app/extract/syntax/new-verb-phrase';

const starts = (text: string): string[] => newVerbPhraseStarts({ text, start: 0 }).map((at) => text.slice(at, at + 12));

describe('new verb phrases', () => {
  it.each([
    // TimeBank AP900815-0044: a purpose infinitive.
    [
      "Saddam's message called for an international conference to be convened to discuss an Iraqi withdrawal from Kuwait.",
      ['to discuss a'],
    ],
    // WikiEvents dev: "and" before a finite verb, then "to" before a verb.
    [
      'Last night the UDA leaders were meeting in emergency session in a house in the city and refused to comment.',
      ['and refused ', 'to comment.'],
    ],
    // WikiEvents dev: "to" before a verb that is not in the purpose list.
    [
      'By June, the organisation felt confident enough to call a ceasefire and hold secret talks with British ministers in London.',
      ['to call a ce'],
    ],
    // MEANTIME dev 5403 and TimeBank wsj_0187: the purpose of an agreement or of talks.
    ["The USAF and Boeing have signed an interim agreement to protect the Air Force's interests.", ['to protect t']],
    [
      "The new company will open talks with state-appointed receivers to buy or lease Waertsilae Marine's shipyard facilities.",
      ['to buy or le'],
    ],
  ])('%s', (text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
  it.each([
    // WikiEvents dev: "and" joining names, "to" before a place or a noun.
    ['Mr Whitelaw and Lord Carrington immediately flew back to Belfast in an RAF transport plane for their emergency meeting.'],
    // TimeBank (CNN19980222.1130.0084, ea980120.1830.0071): a verb of meeting, a noun after "to", a place.
    ["He's expected to meet with Iraqi deputy prime minister Tariq Aziz later this afternoon."],
    ['Some Cuban Americans left here when Castro came to power and are returning to Havana for the first time.'],
  ])('none in %s', (text) => {
    expect(starts(text)).toEqual([]);
  });
});

describe('a gathering’s attendees are not the names of what it is convened to discuss', () => {
  it('keeps Iraq and Kuwait out of the attendees of a conference "to discuss an Iraqi withdrawal from Kuwait" (TimeBank)', () => {
    const text =
      "Saddam Hussein's message called for an international conference to be convened to discuss an Iraqi withdrawal from Kuwait.";
    const forums = extractArticleEvents({ id: 't', text, published: '1990-08-15' }).filter((e) => e.type === 'forum');
    expect(forums).toHaveLength(1);
    expect(forums[0]!.roles?.map((r) => r.value)).not.toContain('Kuwait');
  });
});

describe('an agreement’s parties are not the names of what it is signed to do', () => {
  it('keeps the Air Force out of the parties of an agreement "to protect the Air Force’s interests" (MEANTIME dev 5403)', () => {
    const text = "The USAF and Boeing have signed an interim agreement to protect the Air Force's interests.";
    const agreement = extractArticleEvents({ id: 't', text, published: '2004-01-01' }).find((e) => e.type === 'agreement');
    expect(agreement?.roles?.map((r) => r.value)).toEqual(['USAF', 'Boeing']);
  });
});

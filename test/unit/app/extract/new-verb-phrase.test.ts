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
    // WikiEvents dev: "and" before a finite verb.
    ['Last night the UDA leaders were meeting in emergency session in a house in the city and refused to comment.', ['and refused ']],
  ])('%s', (text, expected) => {
    expect(starts(text)).toEqual(expected);
  });
  it.each([
    // WikiEvents dev: "and" joining names, "to" before a place or a noun.
    ['Mr Whitelaw and Lord Carrington immediately flew back to Belfast in an RAF transport plane for their emergency meeting.'],
    ['By June, the organisation felt confident enough to call a ceasefire and hold secret talks with British ministers in London.'],
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

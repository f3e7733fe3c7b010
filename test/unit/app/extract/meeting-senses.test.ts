// Senses of "meet" and "meeting" that are no talks between parties: meeting a test, a standard or redemptions, a
// company's shareholders meeting, "received U.S. antitrust clearance"; and talks that stay meetings. All sentences are
// from TimeBank, the development part of TempEval-3, and the habitual "where ... meet" from WikiEvents dev.
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../app/extract/events/find-triggers';
import { splitSentences } from '../../../../app/extract/text/sentences';

const meetings = (text: string): string[] =>
  findTriggers(splitSentences(text))
    .filter((t) => t.type === 'meeting')
    .map((t) => t.text);

describe('meet and meeting that are not talks', () => {
  it.each([
    [
      'Loan covenants require that the company achieve specified levels of operating earnings and meet a rolling four-quarter profitability test.',
    ],
    ['The thrift said the restructuring should help it meet new capital standards from the Financial Institution Reform Act.'],
    ['The fund has "met all the redemptions without having to sell one thing," Mr. Litvack says.'],
    ['Many funds have been selling their highest-quality junk issues to raise cash to meet expected redemptions.'],
    ['A.L. Williams Corp. was merged into Primerica Corp. after a special meeting of Williams shareholders cleared the transaction.'],
    ['GM confirmed it received U.S. antitrust clearance to boost its holding.'],
  ])('no meeting in %s', (text) => {
    expect(meetings(text)).toEqual([]);
  });

  it.each([
    ['Annan wrapped up a three hour meeting with Iraqi president Saddam Hussein in Baghdad today.', 'meeting with'],
    ["He's expected to meet with Iraqi deputy prime minister Tariq Aziz later this afternoon.", 'meet with'],
    ['He and Palestinian leader Yasser Arafat meet separately Monday with US Secretary of State Madeleine Albright.', 'meet'],
  ])('a meeting in %s', (text, trigger) => {
    expect(meetings(text)).toEqual([trigger]);
  });
});

// WikiEvents dev: a present "meet" after "where <subject>" tells where people habitually meet.
describe('habitual "where ... meet"', () => {
  it.each([
    ['the Andersonstown estate where the Belfast IRA leaders meet and plan their main operations'],
    ['The cafe where the rebel commanders meet with their couriers was raided.'],
  ])('no meeting in %s', (text) => {
    expect(meetings(text)).toEqual([]);
  });
  it.each([
    ['They went to the hotel where the two ministers met on Friday.', 'met'],
    ['The two leaders will meet in Belfast, where talks open on Monday.', 'meet'],
  ])('%s → %s', (text, word) => {
    expect(meetings(text)).toContain(word);
  });
});

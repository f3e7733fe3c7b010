// Senses of "meet" and "meeting" that are no talks between parties: meeting a test, a standard or redemptions, a
// company's shareholders meeting, "received U.S. antitrust clearance"; and talks that stay meetings. All sentences are
// from TimeBank, the development part of TempEval-3.
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

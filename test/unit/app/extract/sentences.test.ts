// Sentence splitting and tokenisation: abbreviations and initials do not end sentences; offsets point into the text.
import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../../../app/extract/text/sentences';
import { stripPossessive, tokenize } from '../../../../app/extract/text/tokens';

describe('splitSentences', () => {
  it('does not split after honorifics, month abbreviations or dotted acronyms', () => {
    const text = 'Mr. Putin met Gen. Smith on Sept. 5 in the U.S. Capitol. Then he left. Dr. Lee stayed!';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Mr. Putin met Gen. Smith on Sept. 5 in the U.S. Capitol.',
      'Then he left.',
      'Dr. Lee stayed!',
    ]);
  });

  it('ends sentences at line breaks and keeps closing quotes with the sentence', () => {
    const text = 'Headline here\n“We agree,” he said. “Good.” She nodded.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Headline here', '“We agree,” he said.', '“Good.”', 'She nodded.']);
  });

  it('gives offsets that slice back to the sentence text', () => {
    const text = '  First one.   Second one?\n\nThird.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    const sentences = splitSentences(text);
    expect(sentenceAt(sentences, text.indexOf('Second'))?.text).toBe('Second one?');
    expect(sentenceAt(sentences, 0)).toBeUndefined();
  });
});

describe('splitSentences: abbreviations that may end a sentence', () => {
  const split = (text: string): string[] => splitSentences(text).map((s) => s.text);

  it('ends a sentence after "p.m.", "D.C." or "no." when a new sentence clearly starts', () => {
    expect(split('They met at 5 p.m. The talks lasted an hour.')).toEqual(['They met at 5 p.m.', 'The talks lasted an hour.']);
    expect(split('He arrived in Washington, D.C. He met the president.')).toEqual([
      'He arrived in Washington, D.C.',
      'He met the president.',
    ]);
    expect(split('I said no. Then we left.')).toEqual(['I said no.', 'Then we left.']);
    expect(split('Talks ended at 9 a.m. Later, both sides met again.')).toEqual(['Talks ended at 9 a.m.', 'Later, both sides met again.']);
  });

  it('does not end a sentence after an abbreviation before a name, a number or a lower-case word', () => {
    expect(split('U.N. officials met in Geneva.')).toEqual(['U.N. officials met in Geneva.']);
    expect(split('He saw the U.S. Capitol at 5 p.m. on Monday.')).toEqual(['He saw the U.S. Capitol at 5 p.m. on Monday.']);
    expect(split('Resolution No. 5 passed on Jan. 12 in Paris.')).toEqual(['Resolution No. 5 passed on Jan. 12 in Paris.']);
    expect(split('Gen. The Duke inspected the troops.')).toEqual(['Gen. The Duke inspected the troops.']);
  });

  it('splits one-sentence-per-line text without final full stops at the line ends', () => {
    const text = 'Ministers meet in Vienna\nTalks end without a deal\nNext round planned for June';
    expect(split(text)).toEqual(['Ministers meet in Vienna', 'Talks end without a deal', 'Next round planned for June']);
  });

  it('joins a hard-wrapped sentence whose next line goes on in lower case, and nothing else', () => {
    const text =
      'The foreign ministers of the two countries met in\nVienna on Monday and agreed to\nresume talks next month.\nThe talks will be held in Geneva';
    expect(split(text)).toEqual([
      'The foreign ministers of the two countries met in\nVienna on Monday and agreed to\nresume talks next month.',
      'The talks will be held in Geneva',
    ]);
    // A blank line, a capital after the break or a final full stop still end the sentence.
    expect(split('Ministers meet in Vienna\n\nlater talks are planned')).toEqual(['Ministers meet in Vienna', 'later talks are planned']);
    expect(split('Summit opens in Jakarta\nLeaders arrive on Monday')).toEqual(['Summit opens in Jakarta', 'Leaders arrive on Monday']);
    expect(split('The summit opened.\nleaders arrived later.')).toEqual(['The summit opened.', 'leaders arrived later.']);
  });

  it('keeps abbreviations at the end of a line without final punctuation on the next', () => {
    expect(split('Talks held at 5 p.m.\nMinisters meet in Washington, D.C.\nU.N. envoy arrives in Kabul')).toEqual([
      'Talks held at 5 p.m.',
      'Ministers meet in Washington, D.C.',
      'U.N. envoy arrives in Kabul',
    ]);
    expect(split('Mr. Putin met U.N. officials at 5 p.m. on Monday\nMr. Wang arrives in Moscow')).toEqual([
      'Mr. Putin met U.N. officials at 5 p.m. on Monday',
      'Mr. Wang arrives in Moscow',
    ]);
  });

  it('stays linear on a 1 MB text of abbreviations and a 1 MB word without spaces', () => {
    const started = performance.now();
    expect(splitSentences('The U.S. and U.N. met at 5 p.m. The end. '.repeat(25_000)).length).toBe(50_000);
    expect(splitSentences(`${'x.'.repeat(500_000)} Then.`)).toHaveLength(2);
    expect(splitSentences('the talks went on in\n'.repeat(50_000))).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('tokenize', () => {
  it('keeps honorific dots, acronyms, hyphens and possessives inside tokens, with offsets', () => {
    const text = 'Mr. Wang met U.S. Secretary-General’s aide.';
    const tokens = tokenize(text, 10);
    expect(tokens.map((t) => t.text)).toEqual(['Mr.', 'Wang', 'met', 'U.S.', 'Secretary-General’s', 'aide', '.']);
    expect(tokens[1]).toEqual({ text: 'Wang', start: 14, end: 18 });
  });

  it('strips possessives', () => {
    expect(stripPossessive('Russia’s')).toBe('Russia');
    expect(stripPossessive("Paris'")).toBe('Paris');
    expect(stripPossessive('Paris')).toBeNull();
  });
});

// Token helpers: stripPossessive's fast path (no apostrophe, no regex) gives what the regexes give, and the shared
// per-sentence tokens (sentence-token-cache.ts) are tokenised once and equal to tokenize's; the tagger's tokens are
// its own objects with the same texts and offsets; the gazetteer's phraseKey fast path keys a phrase as tokenize does.
import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../../../app/extract/syntax/tagger';
import { sentenceTokens } from '../../../../app/extract/text/sentence-token-cache';
import { splitSentences } from '../../../../app/extract/text/sentences';
import { stripPossessive, tokenize } from '../../../../app/extract/text/tokens';
import { phraseKey } from '../../../../app/extract/entities/gazetteer';

describe('stripPossessive', () => {
  it('strips possessive endings and leaves words without an apostrophe alone', () => {
    expect(stripPossessive("Russia's")).toBe('Russia');
    expect(stripPossessive('Russia’s')).toBe('Russia');
    expect(stripPossessive("Reuters'")).toBe('Reuters');
    expect(stripPossessive('Paris’')).toBe('Paris');
    expect(stripPossessive('Russia')).toBeNull();
    expect(stripPossessive("O'Brien")).toBeNull();
    expect(stripPossessive("'s")).toBeNull();
    expect(stripPossessive('')).toBeNull();
  });
});

describe('sentenceTokens', () => {
  const text = 'Mr. Putin met U.S. envoys in Moscow. Russia’s foreign minister said talks would resume.';
  it('gives tokenize’s tokens with article offsets, once per sentence object', () => {
    for (const s of splitSentences(text)) {
      expect(sentenceTokens(s)).toEqual(tokenize(s.text, s.start));
      expect(sentenceTokens(s)).toBe(sentenceTokens(s));
    }
  });

  it('is not changed by the tagger, whose tokens are its own objects', () => {
    const [s] = splitSentences(text);
    const shared = sentenceTokens(s!);
    const tagged = tagSentence(s!);
    expect(tagged.map(({ text: t, start, end }) => ({ text: t, start, end }))).toEqual(shared);
    expect(tagged[0]).not.toBe(shared[0]);
    expect(shared[0]).not.toHaveProperty('tag');
  });
});

describe('phraseKey', () => {
  it('gives the tokens joined by single spaces, on its fast path for plain words too', () => {
    const phrases = ['New York', 'Russia', 'St. Petersburg', 'U.S.', 'Côte d’Ivoire', 'Guinea-Bissau', 'G20', 'São Tomé', 'A  B'];
    for (const phrase of phrases)
      expect(phraseKey(phrase), phrase).toBe(
        tokenize(phrase)
          .map((t) => t.text)
          .join(' '),
      );
  });
});

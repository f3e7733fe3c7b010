// Sentence splitting and tokenisation: abbreviations and initials do not end sentences; offsets point into the text.
import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../../../app/extract/text/sentences';
import { stripPossessive, tokenize } from '../../../../app/extract/text/tokens';

describe('splitSentences', () => {
  it('does not split after honorifics, month abbreviations or dotted acronyms', () => {
    const text = 'Mr. Putin met Gen. Smith on Sept. 5 in the U.S. Capitol. Then he left. Dr. Lee stayed!';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Mr. Putin met Gen. Smith on Sept. 5 in the U.S. Capitol.', 'Then he left.', 'Dr. Lee stayed!']);
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

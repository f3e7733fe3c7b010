// The trigger rules' prefilter (required-literals.ts, bigram-mask.ts): the literals read from a pattern are in every
// match, and the prefilter never skips a sentence in which a rule's regex finds a match, on the rules' own examples
// and on the fixture articles; it does skip sentences without the literals.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILED_TRIGGER_RULES } from '../../../../app/extract/events/trigger-rules';
import { bigramMask, literalBits, mayContainAny } from '../../../../app/extract/text/bigram-mask';
import { asciiLowerCase, requiredLiterals } from '../../../../app/extract/text/required-literals';
import { splitSentences } from '../../../../app/extract/text/sentences';
import { TIMEX_RULES } from '../../../../app/extract/timex';

const articles = path.resolve(__dirname, '../../../fixtures/articles');
const texts = [
  COMPILED_TRIGGER_RULES.map((r) => r.example).join(' '),
  TIMEX_RULES.map((r) => r.example).join('. '),
  ...readdirSync(articles)
    .filter((f) => /\.(?:txt|md|html?)$/.test(f))
    .map((f) => readFileSync(path.join(articles, f), 'utf8')),
];
const sentences = texts.flatMap((text) => splitSentences(text));

describe('requiredLiterals', () => {
  it('reads literals from alternations, optional parts, small classes and quantifiers', () => {
    expect([...(requiredLiterals('\\b(?:signed|signs|sign|inked)\\s+(?:deals?|pacts?)\\b', 'g') ?? [])].sort()).toEqual(['inked', 'sign']);
    expect([...(requiredLiterals('(?:the\\s+)?[Ff]orum', 'gu') ?? [])].sort()).toEqual(['Forum', 'forum']);
    expect(requiredLiterals('x{2,3}y', 'g')).toEqual(['x']);
    expect(requiredLiterals('(?<=before)after(?!wards)', 'g')).toEqual(['after']);
    expect([...(requiredLiterals('MAY|June', 'gi') ?? [])].sort()).toEqual(['june', 'may']);
  });

  it('requires nothing where a match may avoid every literal, and gives up on what it cannot read', () => {
    for (const source of ['a|', '(?:ab)?c?', 'a*', '\\w+', '.', '[a-z]+', '(a)?\\1', 'caf\\u00e9', 'x{,2}', '(?i:a)'])
      expect(requiredLiterals(source, 'g'), source).toBeNull();
    expect(requiredLiterals('\u00e9t\u00e9', 'gi')).toEqual(['t']); // non-ASCII letters fold beyond ASCII under i
    expect(requiredLiterals('abc', 'giu')).toBeNull(); // "ſ" matches "s" under iu
  });

  it('finds literals in every match of every trigger and timex rule on the examples and fixture articles', () => {
    let matches = 0;
    for (const rule of COMPILED_TRIGGER_RULES) {
      const literals = requiredLiterals(rule.regex.source, rule.regex.flags);
      for (const s of sentences)
        for (const m of (rule.onLowerCase ? asciiLowerCase(s.text) : s.text).matchAll(new RegExp(rule.regex))) {
          matches++;
          if (literals)
            expect(
              literals.some((l) => m[0].includes(l)),
              `${rule.id}: ${m[0]}`,
            ).toBe(true);
        }
    }
    for (const rule of TIMEX_RULES) {
      const literals = requiredLiterals(rule.pattern.source, rule.pattern.flags);
      for (const text of texts)
        for (const m of text.matchAll(new RegExp(rule.pattern))) {
          matches++;
          if (literals)
            expect(
              literals.some((l) => asciiLowerCase(m[0]).includes(l)),
              `${rule.id}: ${m[0]}`,
            ).toBe(true);
        }
    }
    expect(matches).toBeGreaterThan(200);
  });
});

describe('trigger prefilter', () => {
  it('never skips a sentence in which a rule matches', () => {
    let matched = 0;
    for (const rule of COMPILED_TRIGGER_RULES)
      for (const s of sentences) {
        const lowered = asciiLowerCase(s.text);
        if (!new RegExp(rule.regex).test(rule.onLowerCase ? lowered : s.text)) continue;
        matched++;
        expect(mayContainAny(bigramMask(lowered), rule.literals), `${rule.id}: ${s.text}`).toBe(true);
      }
    expect(matched).toBeGreaterThan(COMPILED_TRIGGER_RULES.length);
  });

  it('skips most rules on a sentence without their words, and every literal passes in any ASCII case', () => {
    const pairs = bigramMask(asciiLowerCase('The weather was mild and the harvest came in early.'));
    const passing = COMPILED_TRIGGER_RULES.filter((r) => mayContainAny(pairs, r.literals));
    expect(passing.length).toBeLessThan(COMPILED_TRIGGER_RULES.length / 3);
    const bits = literalBits(['Summit', 'ceasefire']);
    expect(mayContainAny(bigramMask(asciiLowerCase('a SUMMIT in June')), bits)).toBe(true);
    expect(mayContainAny(bigramMask(asciiLowerCase('a Cease-fire')), bits)).toBe(false);
    expect(literalBits(['ab', 'c'])).toBeNull();
  });
});

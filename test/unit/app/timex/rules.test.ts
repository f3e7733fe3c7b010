// Table test over the whole rule table: every rule's own example must be recognised by that rule
// with the value it declares (DCT 2023-09-21, a Thursday), and rule ids must be unique.

import { describe, expect, it } from 'vitest';
import { findTimexes, TIMEX_RULES } from '../../../../app/extract/timex';

const DCT = '2023-09-21';

describe('timex rule table', () => {
  it('has unique rule ids', () => {
    const ids = TIMEX_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(TIMEX_RULES.map((rule) => [rule.id, rule] as const))('%s recognises its example', (_id, rule) => {
    const sentence = `Officials said ${rule.example}.`;
    const found = findTimexes(sentence, DCT).filter((t) => t.ruleId === rule.id);
    expect(found, `no match of ${rule.id} in "${sentence}"`).toHaveLength(1);
    const [timex] = found;
    expect(timex?.value).toBe(rule.exampleValue);
    expect(sentence.slice(timex!.start, timex!.end)).toBe(timex!.text);
    expect(rule.example.toLowerCase()).toContain(timex!.text.toLowerCase());
  });
});

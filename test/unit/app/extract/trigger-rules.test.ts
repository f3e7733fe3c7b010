// Trigger rules: each rule's example fires with the rule's type; reporting verbs, opinions, idioms and
// non-event senses ("the meeting point", "met the deadline", "press conference") do not.
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../app/extract/events/find-triggers';
import { TRIGGER_RULES } from '../../../../app/extract/events/trigger-rules';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import { splitSentences } from '../../../../app/extract/text/sentences';

function triggers(text: string): { ruleId: string; type: string; text: string }[] {
  return findTriggers(splitSentences(text)).map((t) => ({ ruleId: t.rule.id, type: t.type, text: t.text }));
}

describe('trigger rule table', () => {
  it('has unique ids and an example for every rule', () => {
    expect(new Set(TRIGGER_RULES.map((r) => r.id)).size).toBe(TRIGGER_RULES.length);
    for (const rule of TRIGGER_RULES) expect(rule.example.length, rule.id).toBeGreaterThan(10);
  });

  it.each(TRIGGER_RULES.map((r) => [r.id, r] as const))('%s fires on its example with its type', (id, rule) => {
    const found = triggers(rule.example);
    expect(
      found.some((t) => t.ruleId === id && t.type === rule.type),
      JSON.stringify(found),
    ).toBe(true);
  });

  it('gives the pipeline an event of the rule type for every example', () => {
    for (const rule of TRIGGER_RULES) {
      const events = extractArticleEvents({ id: 'x', text: rule.example, published: '2024-05-01' });
      expect(
        events.map((e) => e.type),
        rule.id,
      ).toContain(rule.type);
    }
  });
});

describe('non-events', () => {
  it.each([
    ['reporting verb', 'Mr. Wang said the world was moving toward multipolarity, Xinhua reported Thursday.'],
    ['opinion', 'China has refused to condemn the policy and described it as unfair.'],
    ['meeting point', 'Volunteers gathered at the meeting point near the station.'],
    ['met the deadline', 'The company met the deadline and met expectations for the quarter.'],
    ['passive "was met with"', 'The proposal was met with scepticism in Brussels.'],
    ['press conference', 'She told a press conference that prices would fall.'],
    ['labour strike', 'Teachers began a 48-hour strike over pay.'],
    ['heart attack', 'The senator was treated for a heart attack.'],
    ['visit a website', 'Readers can visit the website for more details.'],
    ['offensive remarks', 'He apologised for his offensive remarks.'],
  ])('%s yields no trigger', (_name, text) => {
    expect(triggers(text)).toEqual([]);
  });

  it('does not make the object of "received" an event unless it is a name', () => {
    expect(triggers('The ministry received 300 complaints.')).toEqual([]);
    expect(triggers('Since March the airline has received US$ 2 billion in loans.')).toEqual([]);
    expect(triggers('President Joko Widodo received Prime Minister Anthony Albanese.').map((t) => t.type)).toEqual(['meeting']);
  });
});

describe('overlapping rules', () => {
  it('prefers the longest match: a named forum over "forum", a G20 meeting over "meeting"', () => {
    expect(triggers('He will attend the Boao Forum for Asia next week.')).toEqual([
      { ruleId: 'forum-named', type: 'forum', text: 'Boao Forum for Asia' },
    ]);
    expect(triggers('The G20 meeting ended.')).toEqual([{ ruleId: 'forum-bloc-summit', type: 'forum', text: 'G20 meeting' }]);
  });
});

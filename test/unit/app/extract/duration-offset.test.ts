// Events placed by a duration from the time of writing ("two years after Russia invaded Ukraine"): every rule's
// example, the precision of each unit, and clauses that must not be read this way.
import { describe, expect, it } from 'vitest';
import { DURATION_OFFSET_RULES } from '../../../../app/extract/events/duration-offset';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

const PUBLISHED = '2024-03-18';

function dates(text: string): [string, string, string, string][] {
  return extractArticleEvents({ id: 'doc', text, published: PUBLISHED }).map((e) => [e.type, e.start, e.precision, e.dateBasis]);
}

describe('duration offsets from the time of writing', () => {
  it.each(DURATION_OFFSET_RULES.map((rule) => [rule.id, rule.example]))(
    '%s: "%s" dates its event from the publication date',
    (_id, example) => {
      const found = dates(example);
      expect(found).toHaveLength(1);
      expect(found[0]![3]).toBe('explicit');
    },
  );

  it.each([
    ['The talks come two years after Russia invaded Ukraine.', ['invasion', '2022-01-01', 'year', 'explicit']],
    ['Friday marks six months since the bombing of Aleppo.', ['attack', '2023-09-01', 'month', 'explicit']],
    ['It has been a year since the invasion of Ukraine by Russia.', ['invasion', '2023-01-01', 'year', 'explicit']],
    ['The talks come nearly two years after Russia invaded Ukraine.', ['invasion', '2022-01-01', 'year', 'explicit']],
    ['The vote comes two weeks before the summit in Brussels.', ['forum', '2024-04-01', 'week', 'explicit']],
    ['The ceremony comes ten days after the bombing in Kabul.', ['attack', '2024-03-08', 'day', 'explicit']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it.each([
    'Police arrested him three days after the bombing in Kabul.', // past main clause: the arrest is the reference
    'Police arrested him about three days after the bombing in Kabul.',
    'The bombing in Kabul lasted two hours after midnight.', // the duration follows the event
    'The talks come two years after the country changed its constitution and a decade after the war.', // trigger too far
  ])('leaves "%s" to the other date rules', (text) => {
    const dateRules = extractArticleEvents({ id: 'doc', text, published: PUBLISHED }).flatMap((e) =>
      e.mentions.filter((m) => m.role === 'date').map((m) => m.ruleId),
    );
    expect(dateRules.filter((id) => /\+offset-/.test(id))).toEqual([]);
  });
});

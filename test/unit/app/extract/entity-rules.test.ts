// Entity rules: every rule of the table finds its example; titles, metonyms and person references resolve.
import { describe, expect, it } from 'vitest';
import { ENTITY_RULES } from '../../../../app/extract/entities/entity-rules';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import type { EntityMention } from '../../../../app/extract/entities/types';
import { splitSentences } from '../../../../app/extract/text/sentences';

function entities(text: string): EntityMention[] {
  return findEntities(text, splitSentences(text));
}

describe('entity rule table', () => {
  it.each(ENTITY_RULES.map((r) => [r.id, r] as const))('%s fires on its example', (_id, rule) => {
    const found = entities(rule.example);
    const hit = found.find((m) => m.ruleId === rule.id);
    expect(hit, JSON.stringify(found.map((m) => [m.ruleId, m.name]))).toBeDefined();
    expect(hit!.kind).toBe(rule.kind);
    expect(hit!.name.endsWith(rule.expectedName) || hit!.name === rule.expectedName).toBe(true);
    expect(rule.example.slice(hit!.start, hit!.end)).toBe(hit!.text);
  });

  it('every rule id emitted on the example article is documented in the table', () => {
    const text =
      'Beijing’s top diplomat told President Vladimir Putin in Saint Petersburg. Mr. Putin said the Kremlin agreed. He left. Putin later met Wang Yi, Xinhua news agency said.';
    const documented = new Set(ENTITY_RULES.map((r) => r.id));
    for (const m of entities(text)) expect(documented.has(m.ruleId), m.ruleId).toBe(true);
  });
});

describe('people', () => {
  it('separates titles from names and links later references to the full name', () => {
    const text = 'President Vladimir Putin met Chinese leader Xi Jinping. Mr. Putin said the Russian leader was pleased. Putin left.';
    const people = entities(text).filter((m) => m.kind === 'person');
    expect(people.map((p) => [p.text, p.name])).toEqual([
      ['Vladimir Putin', 'Vladimir Putin'],
      ['Xi Jinping', 'Xi Jinping'],
      ['Mr. Putin', 'Vladimir Putin'],
      ['the Russian leader', 'Vladimir Putin'],
      ['Putin', 'Vladimir Putin'],
    ]);
    expect(people[0]!.title).toBe('President');
    expect(people[1]!.country).toBe('China');
  });

  it('links "Mr. Wang" to a surname-first name and "the chancellor" to the person with that title', () => {
    const text =
      'Chancellor Olaf Scholz met Wang Yi. Mr. Wang thanked Prime Minister Fumio Kishida. The host, the chancellor said, was generous.';
    const people = entities(text).filter((m) => m.kind === 'person');
    expect(people.find((p) => p.text === 'Mr. Wang')?.name).toBe('Wang Yi');
    expect(people.find((p) => p.text === 'the chancellor')?.name).toBe('Olaf Scholz');
  });

  it('keeps a regnal name whole and apart from a namesake: "King Hussein" is not "Saddam Hussein"', () => {
    const found = entities('Saddam Hussein sent a message. King Hussein of Jordan arrived in Washington.');
    expect(found.filter((m) => m.kind === 'person').map((m) => m.name)).toEqual(['Saddam Hussein', 'King Hussein']);
  });

  it('keeps a curated organisation whole under its canonical name against the organisation patterns', () => {
    const found = entities('The U.N. Security Council will meet. The Security Council voted on Friday.');
    expect(found.map((m) => [m.text, m.name])).toEqual([
      ['U.N. Security Council', 'UN Security Council'],
      ['Security Council', 'UN Security Council'],
    ]);
  });

  it('takes a bare name shared by a full and a regnal name for the one named last (TimeBank)', () => {
    const found = entities(
      'Saddam Hussein said on Thursday that Iraq would not withdraw. After a two-hour meeting with King Hussein of Jordan, ' +
        "Bush said he had no hope. Bush's chief objective in his meeting with Hussein was to press the king. Saddam Hussein " +
        'called Bush a liar. Hussein said the crisis would go on.',
    );
    const hussein = found.filter((m) => m.kind === 'person' && m.text === 'Hussein' && !m.title).map((m) => m.name);
    expect(hussein).toEqual(['King Hussein', 'Saddam Hussein']);
  });

  it('links a bare name to the same name met earlier with a title ("President Bush" ... "Bush")', () => {
    const found = entities('President Bush spoke on Monday. The king will meet Bush on Thursday.');
    expect(found.filter((m) => m.kind === 'person').map((m) => [m.text, m.name, m.start])).toEqual([
      ['Bush', 'Bush', 10],
      ['Bush', 'Bush', 51],
    ]);
  });

  it('keeps name particles and joined Arabic articles inside names', () => {
    const text = 'Commission President Ursula von der Leyen met Crown Prince Mohammed bin Salman and President Bashar al-Assad.';
    expect(
      entities(text)
        .filter((m) => m.kind === 'person')
        .map((p) => p.name),
    ).toEqual(['Ursula von der Leyen', 'Mohammed bin Salman', 'Bashar al-Assad']);
  });

  it('does not make people out of bylines, companies, contractions or adjectives', () => {
    const text = 'By Regional Desk. Jaguar British-owned cars sold well. I’m told Dominion Textile shares rose.';
    expect(entities(text).filter((m) => m.kind === 'person')).toEqual([]);
  });

  it('does not make people out of places, organisations, initiatives or sentence-initial words', () => {
    const text = 'Asked Thursday about the Belt and Road Initiative, Economic Ministry officials in New York declined to comment.';
    expect(entities(text).filter((m) => m.kind === 'person')).toEqual([]);
  });
});

describe('countries and places', () => {
  it('reads a capital as a place after a preposition and as the government as a subject', () => {
    const found = entities('Beijing said it would send a delegation to Beijing.');
    expect(found.map((m) => [m.kind, m.name])).toEqual([
      ['country', 'China'],
      ['country', 'China'], // "it", the speaker (speaker-pronoun.ts)
      ['place', 'Beijing'],
    ]);
  });

  it('reads a capital before a government noun as the government, even after a preposition', () => {
    const found = entities('The Taliban refused to hold talks with the Kabul government, officials in Kabul said.');
    expect(found.filter((m) => m.name === 'Afghanistan' || m.name === 'Kabul').map((m) => [m.kind, m.name])).toEqual([
      ['country', 'Afghanistan'],
      ['place', 'Kabul'],
    ]);
  });

  it('marks demonyms that only qualify a title or a settlement as attributive', () => {
    const found = entities('Japanese Prime Minister Fumio Kishida visited the Russian city of Belgorod.');
    expect(found.filter((m) => m.kind === 'country').every((m) => m.attributive)).toBe(true);
    expect(found.find((m) => m.kind === 'place')?.country).toBe('Russia');
  });
});

// The evaluation's own logic: the fixed corpus split, MEANTIME date windows, and the argument-level verdict.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../app/model/event';
import { judgeArguments, sameName } from '../../eval/events/argument-scoring';
import { looksLikeName, type GoldEvent } from '../../eval/events/gold-document';
import { dateWindow } from '../../eval/events/meantime-reader';
import { MEANTIME_SPLIT, splitOf, WIKIEVENTS_SPLIT } from '../../eval/events/splits';

const text = 'Gunmen attacked a police post in Azaz, the mayor said.';
const at = (s: string): { start: number; end: number; text: string } => ({
  start: text.indexOf(s),
  end: text.indexOf(s) + s.length,
  text: s,
});

function event(roles: TimelineEvent['roles'], start = '2020-01-01'): TimelineEvent {
  return {
    id: 'a:0',
    articleId: 'a',
    type: 'attack',
    label: 'x',
    start,
    end: start,
    precision: 'day',
    dateBasis: 'explicit',
    status: 'occurred',
    participants: [],
    places: [],
    confidence: 1,
    evidence: [],
    mentions: [],
    ruleId: 'r',
    roles,
  };
}

const gold: GoldEvent = {
  sentence: 0,
  type: 'attack',
  trigger: 'attacked',
  arguments: [
    { ...at('Gunmen'), roleClass: 'attacker', corpusRole: 'Attacker', named: false },
    { ...at('Azaz'), roleClass: 'where', corpusRole: 'Place', named: true },
  ],
};

describe('argument-level verdict', () => {
  it('accepts the named place in a place role', () => {
    expect(judgeArguments(event([{ role: 'place', value: 'Azaz', evidence: { ...at('Azaz'), ruleId: 'r' } }]), gold).ok).toBe(true);
  });
  it('rejects a missing named argument, a wrong role class and a reporting speaker', () => {
    expect(judgeArguments(event([]), gold).missing.map((a) => a.text)).toEqual(['Azaz']);
    expect(judgeArguments(event([{ role: 'attacker', value: 'Azaz' }]), gold).ok).toBe(false);
    const withMayor = judgeArguments(
      event([
        { role: 'place', value: 'Azaz' },
        { role: 'attacker', value: 'the mayor' },
      ]),
      gold,
    );
    expect(withMayor.spurious.map((f) => f.value)).toEqual(['the mayor']);
  });
  it('checks the date window where the gold event has one', () => {
    const dated = { ...gold, date: { start: '2021-03-01', end: '2021-03-31', value: '2021-03' } };
    expect(judgeArguments(event([{ role: 'place', value: 'Azaz' }], '2021-03-05'), dated).ok).toBe(true);
    expect(judgeArguments(event([{ role: 'place', value: 'Azaz' }], '2021-02-27'), dated).dateWrong).toBe(true);
  });
});

describe('the same entity by name (head match without gold coreference; WikiEvents dev names)', () => {
  it.each([
    ['Tsarnaev', 'Dzhokhar Tsarnaev'],
    ['IRA', 'Provisional IRA'],
    ['IS', 'Islamic State'],
    ['U.S.', 'United States'],
    ['building', 'Murrah Federal Building'],
    ['Syria', 'Syrian'],
  ])('%s names %s', (a, b) => {
    expect(sameName(a, b)).toBe(true);
    expect(sameName(b, a)).toBe(true);
  });
  it.each([
    ['Badia al-Sham', 'Badia al-Sukhnah'],
    ['Old Park Road', 'Cavehill Road'],
    ['Oxford Street', 'Deerpark Road'],
    ['IS', 'Syrian Observatory'],
  ])('%s does not name %s: one shared word is not the same name', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });
  it('matches a filler mentioned elsewhere in the event by its other spans', () => {
    const other = 'Azaz';
    const ev = event([{ role: 'place', value: other }]);
    ev.mentions = [{ start: 100, end: 104, text: other, ruleId: 'r', role: 'place', value: other }];
    expect(judgeArguments(ev, gold).ok).toBe(true);
  });
});

describe('victims filed on a death or injury event (KAIROS Life.Die / Life.Injure)', () => {
  const victim = { ...at('police post'), roleClass: 'target' as const, corpusRole: 'Victim', named: false };
  const withVictim = event([
    { role: 'place', value: 'Azaz' },
    { role: 'victim', value: 'police post', evidence: { ...at('police post'), ruleId: 'r' } },
  ]);
  it('may stand among the fillers of an attack in the same sentence', () => {
    expect(judgeArguments(withVictim, gold, [gold], false, [victim]).ok).toBe(true);
  });
  it('are not taken without the casualty event, nor in another role class', () => {
    expect(judgeArguments(withVictim, gold).ok).toBe(false);
    const asAttacker = event([
      { role: 'place', value: 'Azaz' },
      { role: 'attacker', value: 'police post', evidence: { ...at('police post'), ruleId: 'r' } },
    ]);
    expect(judgeArguments(asAttacker, gold, [gold], false, [victim]).ok).toBe(false);
  });
});

describe('which gold arguments are names', () => {
  const documentText = 'Firearms are ubiquitous. He carried firearms. Militants attacked. Kizlyar was hit.';
  it('takes a capitalised word opening a sentence as a name only when the document never writes it in lower case', () => {
    expect(looksLikeName('Firearms', { sentenceInitial: true, documentText })).toBe(false);
    expect(looksLikeName('Kizlyar', { sentenceInitial: true, documentText })).toBe(true);
    expect(looksLikeName('Militants', { sentenceInitial: false, documentText })).toBe(true);
    expect(looksLikeName('Camp Shorabak', { sentenceInitial: true, documentText })).toBe(true);
    expect(looksLikeName('They', { sentenceInitial: true, documentText })).toBe(false);
  });
});

describe('corpus split and date windows', () => {
  it('puts each corpus section in a fixed part and refuses unknown sections', () => {
    expect(splitOf(WIKIEVENTS_SPLIT, 'dev.jsonl')).toBe('dev');
    expect(splitOf(MEANTIME_SPLIT, 'corpus_stock')).toBe('test');
    expect(() => splitOf(MEANTIME_SPLIT, 'corpus_new')).toThrow(/no development\/test split/);
  });
  it('turns day, month and year values into windows', () => {
    expect(dateWindow('2008-02')).toEqual({ start: '2008-02-01', end: '2008-02-29', value: '2008-02' });
    expect(dateWindow('2008')?.end).toBe('2008-12-31');
    expect(dateWindow('PRESENT_REF')).toBeUndefined();
  });
});

// Attack and invasion roles read from the words before a name (events/arguments.ts): "that" before a state is a
// complementiser, so the state modifying the conflict noun after it is its attacker, while a determiner or possessive
// before it makes the state the one attacked; a place after "in the <modifier> province of" is where it happened.
// A conflict's object ends at "and its <noun>", and its clause at "how". Sentences from TimeBank (the TempEval-3
// development part): CNN19980213.2130.0155, AP900815-0044, AP900816-0139, PRI19980306.2000.1675; WikiEvents dev
// (road_ied_8, wiki_drone_strikes_2_news_8); the Ukraine offensive is the example article's.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

function roles(text: string, type: string): string[] {
  const event = extractArticleEvents({ id: 't', text, published: '1998-03-06' }).find((e) => e.type === type);
  return (event?.roles ?? []).map((r) => `${r.role}=${r.value}`);
}

describe('a state before a conflict noun', () => {
  it('is the attacker after the complementiser "that"', () => {
    const text =
      'President Clinton, meantime, glossed over stern warnings from Moscow on Thursday that US air strikes against Iraq ' +
      'could do serious harm to relations with the Kremlin.';
    expect(roles(text, 'attack')).toEqual(expect.arrayContaining(['attacker=United States', 'target=Iraq']));
  });
  it.each([
    ['A steep rise in world oil prices followed the Kuwait invasion.', 'target=Kuwait'],
    ['The Kremlin has sought to deepen ties with China after the start of its Ukraine offensive.', 'target=Ukraine'],
  ])('is the one attacked after a determiner: %s', (text, role) => {
    expect(roles(text, 'invasion')).toContain(role);
  });
});

describe('a place under "in the <modifier> province of"', () => {
  it('is where the attack happened, not its target', () => {
    const r = roles('More heavy gunfire in the Serbian province of Kosovo.', 'attack');
    expect(r).toContain('place=Kosovo');
    expect(r).not.toContain('target=Kosovo');
  });
  it('keeps a state that is not under a locative its own role', () => {
    expect(roles('Israel has publicly declared that it will respond to an Iraqi attack on Jordan.', 'attack')).toContain('target=Jordan');
  });
});

describe('the end of a conflict’s object and clause', () => {
  it('ends the object at "and its" before another noun', () => {
    const text =
      'Bush said he saw little reason to be optimistic about a settlement of the dispute, which stems from Iraq’s invasion of ' +
      'oil-wealthy Kuwait and its subsequent military buildup on the border of Saudi Arabia.';
    const r = roles(text, 'invasion');
    expect(r).toEqual(expect.arrayContaining(['attacker=Iraq', 'target=Kuwait']));
    expect(r).not.toContain('target=Saudi Arabia');
  });
  it('keeps two places joined by "and"', () => {
    const text =
      'In April, more than two dozen Syrian pro-regime fighters were killed in IS attacks in Badia al-Sukhnah and Badia al-Sham.';
    expect(roles(text, 'attack').filter((r) => r.startsWith('place='))).toHaveLength(2);
  });
  it('ends the clause of a passive conflict verb at "how"', () => {
    const text =
      'A British air safety watchdog yesterday revealed how an RAF Chinook helicopter at an airbase in Hampshire was nearly ' +
      'downed after it came within 130ft of colliding with a drone.';
    const r = roles(text, 'attack');
    expect(r).toContain('place=Hampshire');
    expect(r).not.toContain('target=United Kingdom');
  });
});

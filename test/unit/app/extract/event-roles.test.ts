// Roles per event type on extracted events, and the flat participants / places lists derived from them.
// Sentences are from the development parts of the corpora (WikiEvents dev.jsonl), not from the golden fixtures.
import { describe, expect, it } from 'vitest';
import { eventRoles, flatListsFromRoles } from '../../../../app/extract/events/roles';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

function rolesOf(text: string, type: string): string[] {
  const event = extractArticleEvents({ id: 't', text, published: '2019-03-02' }).find((e) => e.type === type);
  return (event?.roles ?? []).map((r) => `${r.role}=${r.value}`);
}

describe('event roles', () => {
  it('names the attacker of an attack and the weapon its trigger names', () => {
    const roles = rolesOf('In April, more than two dozen fighters were killed, prompting Russian airstrikes, the monitor said.', 'attack');
    expect(roles).toContain('attacker=Russia');
    expect(roles).toContain('weapon=aircraft');
  });
  it('names visitors and the destination of a visit, and keeps the flat lists derived from the roles', () => {
    const text = 'Mr Whitelaw and Lord Carrington immediately flew back to Belfast in an RAF transport plane for their emergency meeting.';
    const events = extractArticleEvents({ id: 't', text, published: '2019-03-02' });
    const visit = events.find((e) => e.type === 'visit');
    expect(visit?.roles?.filter((r) => r.role === 'visitor').map((r) => r.value)).toEqual(['Mr Whitelaw', 'Lord Carrington']);
    expect(visit?.roles?.find((r) => r.role === 'destination')?.value).toBe('Belfast');
    for (const e of events) {
      expect(e.participants).toEqual(flatListsFromRoles(e.type, e.roles ?? []).participants);
      expect(e.places).toEqual(flatListsFromRoles(e.type, e.roles ?? []).places);
      for (const r of e.roles ?? []) if (r.evidence) expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    }
  });
  it('gives no roles where the text names nobody', () => {
    expect(eventRoles('attack', [])).toEqual([]);
  });
  it('lists an invaded state among the places as well as the targets', () => {
    const roles = [
      { role: 'attacker' as const, value: 'Russia' },
      { role: 'target' as const, value: 'Ukraine' },
    ];
    expect(flatListsFromRoles('invasion', roles)).toEqual({ participants: ['Russia', 'Ukraine'], places: ['Ukraine'] });
  });
});

describe('attacker, target and place by clause position (WikiEvents dev sentences)', () => {
  it('takes the name after a perpetrator noun as the attacker, and the name after "against" as the target', () => {
    const mastermind = 'Police released a photo of the bombing mastermind Abdelhamid Abaaoud on Monday.';
    expect(rolesOf(mastermind, 'attack')).toContain('attacker=Abdelhamid Abaaoud');
    const against =
      'Saab said Tuesday that the number of people involved in the assassination attempt against President Nicolás Maduro ' +
      'has risen to 34.';
    expect(rolesOf(against, 'attack')).not.toContain('attacker=Nicolás Maduro');
  });
  it.each([
    [
      'A court has convicted a friend of Boston Marathon bombing suspect Dzokhar Tsarnaev for impeding the investigation.',
      'Dzokhar Tsarnaev',
    ],
    ['Police questioned the attack suspects Ali Kareem and Omar Said on Monday.', 'Ali Kareem'],
    ['A photo showed the shooting prime suspect Chérif Chekatt near the market.', 'Chérif Chekatt'],
  ])('gives a suspect named after the trigger no role: %s', (text, name) => {
    expect(rolesOf(text, 'attack').filter((r) => r.endsWith(`=${name}`))).toEqual([]);
  });
  it('reads an untitled name right after "in" as a place, not a victim', () => {
    const text =
      'In April, more than two dozen Syrian pro-regime fighters were killed in IS attacks in Badia al-Sukhnah and Badia al-Sham.';
    expect(rolesOf(text, 'attack')).toEqual(expect.arrayContaining(['attacker=Islamic State', 'place=Badia al-Sukhnah']));
    expect(rolesOf(text, 'attack')).not.toContain('victim=Badia al-Sukhnah');
    const visitors = 'Mr Whitelaw and Lord Carrington immediately flew back to Belfast in an RAF transport plane.';
    expect(rolesOf(visitors, 'visit')).toContain('visitor=Lord Carrington');
  });
});

describe('the subject shared by a subjectless verb (the issue’s example, not corpus text)', () => {
  it('makes Obama, not the nearest name, the visitor', () => {
    const text = 'Obama will meet King Felipe and acting Prime Minister Mariano Rajoy before traveling to a U.S. naval base in Rota.';
    const events = extractArticleEvents({ id: 't', text, published: '2016-07-08' });
    expect(events.find((e) => e.type === 'visit')?.roles?.find((r) => r.role === 'visitor')?.value).toBe('Obama');
    expect(events.find((e) => e.type === 'meeting')?.label).toBe('Obama meets King Felipe and Mariano Rajoy');
  });
});

describe('a state of the past invades', () => {
  it('takes the Soviet Union, a country the gazetteer lists among past states, as the attacker (TimeBank)', () => {
    const text = 'The city could have used some special protection in nineteen seventy-nine when the Soviet Union invaded Afghanistan.';
    const [invasion] = extractArticleEvents({ id: 't', text, published: '1998-01-21' });
    expect(invasion?.roles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'attacker', value: 'Soviet Union' }),
        expect.objectContaining({ role: 'target', value: 'Afghanistan' }),
      ]),
    );
    expect(invasion?.label).toBe('Soviet Union invades Afghanistan');
  });
});

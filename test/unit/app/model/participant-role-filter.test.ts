// The participant filter narrowed by role ("as attacker", "as target"): the one predicate (matchesFilters) and the
// worker's view index, which must keep the role fillers to answer it as the predicate does.

import { describe, expect, it } from 'vitest';
import { matchesFilters, NO_FILTERS, filtersAreEmpty } from '../../../../app/model/event-filter';
import { indexedEventOf, ViewIndex } from '../../../../app/view/view-index';
import { makeEvent } from '../export/make-event';

const day = { start: '2016-02-14', end: '2016-02-14' };
const shelling = makeEvent({
  ...day,
  id: 'shelling',
  type: 'attack',
  label: 'Turkish shelling of Kurdish YPG positions near Azaz',
  participants: ['Turkey', 'YPG'],
  roles: [
    { role: 'attacker', value: 'Turkey' },
    { role: 'target', value: 'YPG' },
  ],
});
const raid = makeEvent({
  ...day,
  id: 'raid',
  type: 'attack',
  label: 'YPG raid on a Turkish border post',
  participants: ['YPG', 'Turkey'],
  roles: [
    { role: 'attacker', value: 'YPG' },
    { role: 'target', value: 'Turkey' },
  ],
});
// Stored before roles existed: no roles, only participants.
const talks = makeEvent({ ...day, id: 'talks', label: 'YPG meets United States envoy', participants: ['YPG', 'United States'] });

describe('participant filter by role', () => {
  const ypg = { ...NO_FILTERS, participants: ['YPG'] };

  it('matches the participant in any role when no role is chosen, events without roles included', () => {
    expect([shelling, raid, talks].filter((event) => matchesFilters(event, ypg)).map((event) => event.id)).toEqual([
      'shelling',
      'raid',
      'talks',
    ]);
  });

  it('keeps only the events where the participant fills the chosen role', () => {
    const asAttacker = { ...ypg, participantRole: 'attacker' as const };
    const asTarget = { ...ypg, participantRole: 'target' as const };
    expect([shelling, raid, talks].filter((event) => matchesFilters(event, asAttacker)).map((event) => event.id)).toEqual(['raid']);
    expect([shelling, raid, talks].filter((event) => matchesFilters(event, asTarget)).map((event) => event.id)).toEqual(['shelling']);
    expect(matchesFilters(shelling, { ...asTarget, participants: ['YPG', 'Russia'] })).toBe(true);
  });

  it('counts a role filler missing from the participants as the participant in any role', () => {
    const strike = makeEvent({ ...day, id: 'strike', type: 'attack', label: 'Missile strike on Kyiv', participants: ['Ukraine'] });
    const withRole = { ...strike, roles: [{ role: 'attacker' as const, value: 'Russia' }] };
    expect(matchesFilters(withRole, { ...NO_FILTERS, participants: ['Russia'] })).toBe(true);
    expect(matchesFilters(withRole, { ...NO_FILTERS, participants: ['Russia'], participantRole: 'attacker' })).toBe(true);
    expect(matchesFilters(strike, { ...NO_FILTERS, participants: ['Russia'] })).toBe(false);
  });

  it('has no effect without participants', () => {
    const roleOnly = { ...NO_FILTERS, participantRole: 'attacker' as const };
    expect(filtersAreEmpty(roleOnly)).toBe(true);
    expect([shelling, raid, talks].every((event) => matchesFilters(event, roleOnly))).toBe(true);
  });

  it('is answered by the view index as by the predicate', () => {
    const index = new ViewIndex();
    index.replaceAll([shelling, raid, talks].map((event) => indexedEventOf({ ...event, clusterLead: true })));
    const filters = { ...NO_FILTERS, participants: ['Turkey'], participantRole: 'attacker' as const };
    expect(index.matching(filters, null).map((event) => event.id)).toEqual(['shelling']);
    expect(indexedEventOf(talks)).not.toHaveProperty('roles');
  });
});

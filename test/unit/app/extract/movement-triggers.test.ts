// New trigger rules: movement (visit-movement: crossing into, moving into, leaving for a place, arriving on a stated day),
// negotiations (meeting-negotiations) and attacks by result (attack-by-result); cases are from the development parts.
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../app/extract/events/find-triggers';
import { splitSentences } from '../../../../app/extract/text/sentences';

const movement = (text: string): string[] =>
  findTriggers(splitSentences(text))
    .filter((t) => t.rule.id === 'visit-movement')
    .map((t) => t.text);

describe('visit-movement', () => {
  it.each([
    [
      'Chechen fighters crossed into Dagestan in support, but within a few weeks, Russian forces had suppressed the insurrection.',
      'crossed into',
    ],
    ['Within 10 days of the attacks, the army moved in to the Bogside area of Derry to take control of a part of the city.', 'moved in to'],
  ])('fires in %s', (text, trigger) => {
    expect(movement(text)).toEqual([trigger]);
  });

  it.each([
    ['The man was seen arriving on foot, pushing his bike along the pedestrian-only Victor Hugo street.'],
    ['The suspect immediately returned to his bike and left by the same path.'],
    ['CEO Steve Jobs returned to the stage to reveal Apple’s new cloud services.'],
    ['It is expected that the Airbus 380 will wear the livery of Singapore Airlines when it arrives on November 11.'],
  ])('does not fire in %s', (text) => {
    expect(movement(text)).toEqual([]);
  });
});

// Negotiations as a meeting (meeting-negotiations): TimeBank (dev part of TempEval-3) and MEANTIME dev (aero 71526).
describe('meeting-negotiations', () => {
  const negotiations = (text: string): string[] =>
    findTriggers(splitSentences(text))
      .filter((t) => t.rule.id === 'meeting-negotiations')
      .map((t) => t.text);
  it('fires on negotiations begun by named parties', () => {
    expect(
      negotiations('Late last week, representatives of Dow Jones and Telerate began negotiations about the terms of the offer.'),
    ).toEqual(['began negotiations']);
  });
  it('does not fire on negotiations that only stalled', () => {
    const text =
      'The deal was begun between Aeroflot and Chicago-based Boeing last year, but negotiations had stalled due to worsening relations.';
    expect(negotiations(text)).toEqual([]);
  });
});

// Attacks stated by their result (attack-by-result): TimeBank, the development part of TempEval-3.
describe('attack-by-result', () => {
  const byResult = (text: string): string[] =>
    findTriggers(splitSentences(text))
      .filter((t) => t.rule.id === 'attack-by-result')
      .map((t) => t.text);
  it('fires when armed men are the subject of killing or capturing', () => {
    expect(byResult('Last week, Hezbollah fighters killed three Israeli soldiers and seriously wounded six others.')).toEqual([
      'fighters killed',
    ]);
  });
  it.each([
    ['Iraq promised to withdraw from Iranian territory and release soldiers captured during the Iran-Iraq war.'],
    ['Nearly 200 Israeli soldiers have been killed fighting Hezbollah and other guerrillas.'],
    ['In addition, 73 soldiers were killed en route to Lebanon when two military helicopters crashed.'],
  ])('does not fire on a passive in %s', (text) => {
    expect(byResult(text)).toEqual([]);
  });
});

// A vehicle's movement as "it" right before the verb group (VEHICLE_SUBJECT_BEFORE): MEANTIME dev 78496; the people
// kept are from WikiEvents dev (the second extended with "it was time to", the near miss the rule must not take).
describe('visit-travel after "it"', () => {
  const travel = (text: string): string[] =>
    findTriggers(splitSentences(text))
      .filter((t) => t.type === 'visit')
      .map((t) => t.text);
  it('does not fire for a vehicle named as "it"', () => {
    expect(travel('As the aircraft was leaving a parking space before it was due to fly to Chiang Mai International Airport.')).toEqual([]);
  });
  it.each([
    [
      'Mr Whitelaw and Lord Carrington immediately flew back to Belfast in an RAF transport plane for their emergency meeting.',
      'flew back to',
    ],
    ['Prosecutors say he drove the truck to Geary Lake in Kansas, and that it was time to travel to Oklahoma City.', 'travel to'],
  ])('fires for people in %s', (text, trigger) => {
    expect(travel(text)).toContain(trigger);
  });
});

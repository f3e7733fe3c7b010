// The movement rule (visit-movement): crossing into, moving into, leaving for a place, arriving on a stated day.
// Positive and negative cases are sentences from the development parts (WikiEvents dev.jsonl, MEANTIME airbus/apple).
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../app/extract/events/find-triggers';
import { splitSentences } from '../../../../app/extract/text/sentences';

const movement = (text: string): string[] => findTriggers(splitSentences(text)).filter((t) => t.rule.id === 'visit-movement').map((t) => t.text);

describe('visit-movement', () => {
  it.each([
    ['Chechen fighters crossed into Dagestan in support, but within a few weeks, Russian forces had suppressed the insurrection.', 'crossed into'],
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

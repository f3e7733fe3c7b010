// A bare "strike" in a sentence of work or business with nothing violent in it is a labour strike, not an attack
// (labour-strikes.ts). Rejected examples: TimeBank (the development part of TempEval-3), verbatim; kept examples:
// sentences of WikiEvents dev, verbatim, and strikes that name violence.
import { describe, expect, it } from 'vitest';
import { attackTriggers } from './attack-roles';

const triggersOf = (text: string): string[] => attackTriggers(text, '1989-10-25');

describe('a labour strike, not an attack', () => {
  it.each([
    [
      'labour talks and a threatened strike',
      'However, its equity in the net income of National Steel declined to $6.3 million from $10.9 million as a result of ' +
        'softer demand and lost orders following prolonged labor talks and a threatened strike.',
    ],
    [
      'an airline in the wake of a strike',
      'The Atlanta-based airline, the third largest in the U.S., attributed the increase to higher passenger traffic, new ' +
        'international routes and reduced service by rival Eastern Airlines, which is in bankruptcy proceedings in the wake ' +
        'of a strike that began last spring.',
    ],
  ])('%s', (_name, text) => {
    expect(triggersOf(text)).toEqual([]);
  });
});

describe('still an attack', () => {
  it.each([
    ['a strike that killed', 'A U.S. strike on the convoy killed six fighters, the company said in a statement.', ['strike']],
    ['a strike on a business that names a target', 'A strike hit the company’s warehouse in Kharkiv on Monday.', ['strike']],
    ['an air strike in a business sentence', 'Shares of the airline fell after an air strike near the airport on Monday.', ['air strike']],
  ])('%s', (_name, text, triggers) => {
    expect(triggersOf(text)).toEqual(triggers);
  });
});

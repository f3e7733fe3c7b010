// Senses of conflict words that report no attack (conflict-senses.ts): criticism, cyber and animal attacks, labour
// strikes, attacks in words, a shooting war, storming out, raided funds, figurative explosions, land captured, ideas
// shot down and tools downed; each with the close attack it keeps (an aircraft shot down, a vehicle driven into a
// crowd or a patrol).
// Short phrases in the style of the development part (WikiEvents dev), not the golden fixtures.
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../app/extract/events/find-triggers';
import { splitSentences } from '../../../../app/extract/text/sentences';

const attackWords = (text: string): string[] =>
  findTriggers(splitSentences(text))
    .filter((t) => t.type === 'attack')
    .map((t) => t.text);

describe('no attack', () => {
  it.each([
    ['criticism for failing', 'The senator attacked the minister for failing to act on security.'],
    ['criticism over remarks', 'Opposition leaders attacked her over her remarks on immigration.'],
    ['"blasts" as criticism', 'Former ambassador blasts government over the handling of the crisis.'],
    ['cyber attack', 'A cyber attack on the bank shut down its cash machines.'],
    ['animal attack', 'A shark attack closed the beach on Sunday.'],
    ['character assassination', 'He called the report a character assassination.'],
    ['a verbal attack (TimeBank)', 'In a long verbal attack read on Iraqi television Thursday, Saddam repeatedly called Bush a liar.'],
    ['a scathing attack', 'The minister launched a scathing attack on the budget.'],
    ['a shooting war (TimeBank)', 'Saddam said a shooting war could produce body bags courtesy of Baghdad.'],
    ['on strike', 'Bus drivers went on strike in the capital on Monday.'],
    ['strike over pay', 'The union called a strike over pay and pensions.'],
    ['strike by workers', 'A strike by airport workers grounded flights.'],
    ['strike a tone', 'The president sought to strike a conciliatory tone.'],
    ['stormed out', 'The delegates stormed out of the meeting in protest.'],
    ['stormed to victory', 'The ruling party stormed to victory in the elections.'],
    ['raided a fund', 'The government raided the pension fund to pay its debts.'],
    ['blast off', 'The rocket is due to blast off from Baikonur on Friday.'],
    ['exploded in anger', 'The crowd exploded in anger at the verdict.'],
    ['prices exploded', 'Food prices exploded after the harvest failed.'],
    ['explosion of violence', 'Officials feared an explosion of violence after the vote.'],
    ['territory captured', 'Kurdish-led militias captured the last remaining territory of the group in March.'],
    ['control seized', 'Rebels seized control of the town after the army withdrew.'],
    ['an idea shot down', 'The committee shot down the proposal on Tuesday.'],
    ['rumours shot down', 'The ministry was quick to shoot down the rumours.'],
    ['tools downed', 'Dock workers downed tools over pay.'],
    ['power lines downed', 'The storm left downed power lines across the city.'],
    ['a car into a tree', 'The car crashed into a tree on the motorway.'],
    ['a convoy into a city', 'The convoy drove into the city at dawn.'],
  ])('%s', (_name, text) => {
    expect(attackWords(text)).toEqual([]);
  });
});

describe('still an attack', () => {
  it.each([
    ['attacked for the second time', 'Militants attacked the army post for the second time this month.', 'attacked'],
    ['terror attack', 'The terror attack in the heart of London killed eight people.', 'attack'],
    ['a shooting at a school', 'The shooting at the school left two dead.', 'shooting'],
    ['air strikes on a town', 'Russian air strikes on the town killed 12 civilians.', 'air strikes'],
    ['stormed a hotel', 'Gunmen stormed the hotel and took hostages.', 'stormed'],
    ['stormed into a building', 'Gunmen stormed into the building shortly after noon.', 'stormed'],
    ['a blast hit', 'A blast hit the market in the city centre.', 'blast'],
    ['bomb exploded in a car', 'The bomb exploded in the car park of the ministry.', 'exploded'],
    ['soldiers captured', 'Militants captured two soldiers near the border.', 'militants captured'],
    ['shot down a helicopter', 'Rebels shot down a military helicopter over the province.', 'shot down'],
    ['shoot it down', 'If you shoot it down, what if it is rigged as an explosive device?', 'shoot it down'],
    ['rammed into a crowd', 'A man rammed a truck into a crowd of shoppers in the market.', 'rammed a truck into a crowd'],
    ['crashed into a patrol', 'A bomber on a motorcycle crashed into a NATO foot patrol.', 'crashed into a nato foot patrol'],
    ['nearly downed', 'A Chinook helicopter was nearly downed after it came close to a drone.', 'downed'],
  ])('%s', (_name, text, word) => {
    expect(attackWords(text).map((w) => w.toLowerCase())).toContain(word);
  });
});

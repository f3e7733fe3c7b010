// An attack already reported, named again only as the topic of an arrest, a probe or a reaction by a definite or
// possessive noun phrase, is no new mention (topic-mentions.ts); the first report of an attack in such a frame, an
// indefinite new report and the attack itself still are. Short phrases in the style of the development part
// (WikiEvents dev), not the golden fixtures.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

const attackSentences = (text: string): string[] =>
  extractArticleEvents({ id: 't', text, published: '2019-06-01' })
    .filter((e) => e.type === 'attack')
    .flatMap((e) => e.mentions.filter((m) => m.role === 'trigger').map((m) => m.text));
const attackCount = (text: string): number => attackSentences(text).length;
/** An earlier report of the attack. */
const REPORTED = 'Gunmen attacked the compound on Saturday, killing four guards. ';

describe('an attack named as the topic of another event', () => {
  it.each([
    ['involved in', 'The number of people involved in the assassination attempt has risen to 34.'],
    ['in connection with', 'A general was detained on Monday night in connection with the terrorist attack.'],
    ['possessive', 'Police arrested 12 people in connection with Saturday’s terror attack.'],
    ['related to', 'Prosecutors said he deleted searches related to the attacks from his computer.'],
    ['responded to', 'The defence secretary responded to the bombing in a statement.'],
    ['condemns', 'The United States condemns this cowardly attack.'],
  ])('%s: no new mention', (_name, text) => {
    expect(attackCount(REPORTED + text)).toBe(1);
  });
});

describe('still an attack', () => {
  it.each([
    ['indefinite report', 'Police arrested two men in connection with an attack on a checkpoint in Kabul.'],
    ['the attack itself', 'Militants attacked an army post in the province, the ministry said.'],
    ['trigger before the frame', 'The bombing, which killed six, was condemned by the United Nations.'],
    ['another frame', 'The Taliban claimed responsibility for the attack on the base.'],
    ['the first report in the frame', 'President Ashraf Ghani condemned the Taliban attack on the hospital.'],
    ['the first report in a link frame', 'Police arrested 12 people in connection with Saturday’s terror attack.'],
  ])('%s', (_name, text) => {
    expect(attackCount(text)).toBeGreaterThan(0);
  });
  it.each([['indefinite report after another', 'Police arrested two men in connection with an attack on a checkpoint in Kabul.']])(
    '%s: a mention of its own',
    (_name, text) => {
      expect(attackCount(REPORTED + text)).toBe(2);
    },
  );
});

// Sentences of WikiEvents dev, verbatim: an attack reported first, then shown on video or felt about.
const DETONATED =
  'Major General Vyacheslav Gladkikh died after a roadside IED detonated under a convoy of Russian soldiers and Syrian ' +
  'pro-regime militiamen near the city of Deir ez-Zor. ';
const VIDEO = 'Video purporting to show the explosion circulated on social media this week.';
const RINGLEADER =
  'For the second time in a month Britain’s security services are facing awkward questions about their surveillance ' +
  'policies, after it emerged the ringleader of Saturday’s terror attack in the heart of London was known to them and had ' +
  'been interrogated in the past. ';
const FRUSTRATION =
  'A senior Conservative official told VOA that there is deep frustration in Downing Street about Saturday’s attack and ' +
  'the fact that at least one of the assailants was known to the authorities.';

describe('an attack reported before, then pictured or felt about', () => {
  it.each([
    ['a picture of it', DETONATED + VIDEO, ['detonated']],
    ['a feeling about it', RINGLEADER + FRUSTRATION, ['attack']],
  ])('%s: no new mention', (_name, text, triggers) => {
    expect(attackSentences(text)).toEqual(triggers);
  });
  it.each([
    ['the picture as the first report', VIDEO, ['explosion']],
    ['the feeling as the first report', FRUSTRATION, ['attack']],
    [
      'a re-mention in another frame',
      RINGLEADER + 'The parents of the ringleader of Saturday’s attack are reported to have been asylum seekers.',
      ['attack', 'attack'],
    ],
  ])('%s: still a mention', (_name, text, triggers) => {
    expect(attackSentences(text)).toEqual(triggers);
  });
});

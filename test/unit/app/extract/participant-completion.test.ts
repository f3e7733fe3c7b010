// Completing a meeting's or visit's parties from the sentence (events/participant-completion.ts): only the subject
// after a sentence-initial scene phrase, a person before the gathering in its own clause, or the antecedent of the
// relative clause holding it. Sentences from the development parts: WikiEvents dev (wiki_ied_bombings_1_news_4,
// scenario_en_113) and TimeBank (AP900815-0044, AP900816-0139, APW19980301.0720, APW19980306.1001,
// APW19980227.0489, wsj_0745).
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

function who(text: string, type: string): string[] {
  const event = extractArticleEvents({ id: 't', text, published: '1998-03-01' }).find((e) => e.type === type);
  return (event?.roles ?? []).filter((r) => r.role === 'party' || r.role === 'visitor').map((r) => r.value);
}

describe('completing the parties of a gathering', () => {
  it.each([
    ['meeting', 'After a two-hour meeting at his Kennebunkport home with King Hussein of Jordan, Bush said he had no hope.', 'Bush'],
    ['meeting', '"I would accept it," Maduro said during a televised meeting with generals and admirals on Saturday.', 'Maduro'],
    [
      'meeting',
      "Iraqi President Saddam Hussein spoke. King Hussein was reportedly carrying a message to Bush from Iraq's Saddam, " +
        'with whom the king met Monday.',
      'Saddam',
    ],
    [
      'visit',
      'U.N. inspector Scott Ritter said Friday the team had finished. It was the first time that Ritter, who arrived Thursday ' +
        'with some 50 inspectors for a tour likely to last over a week, had been allowed to carry out an inspection.',
      'Ritter',
    ],
  ])('takes a person the clause structure makes a party of the %s: %s', (type, text, person) => {
    expect(who(text, type).some((name) => name.includes(person))).toBe(true);
  });

  it.each([
    [
      'meeting',
      'A statement after a two-hour emergency meeting at Stormont Castle, said that Mr Whitelaw, the defence secretary, ' +
        'Lord Carrington, and army and civilian advisers, had considered the Provisional IRA\'s "bombing outrages".',
      'Whitelaw',
    ],
    [
      'meeting',
      "The Maariv newspaper said Sunday that Netanyahu's comments last week were in response to signals from Syria that it " +
        'wants to renew the long-stalled peace talks between the two countries.',
      'Netanyahu',
    ],
    [
      'meeting',
      'Foreign ministers of member-states meeting in the Ethiopian capital agreed to set up a seven-member panel to investigate ' +
        "who shot down Rwandan President Juvenal Habyarimana's plane on April 6, 1994.",
      'Habyarimana',
    ],
    [
      'visit',
      "While the visit was unrelated to Jaguar, GM Chairman Roger Smith answered the legislators' questions about it over lunch.",
      'Roger Smith',
    ],
  ])('takes no person of another clause as a party of the %s: %s', (type, text, person) => {
    expect(who(text, type).some((name) => name.includes(person))).toBe(false);
  });
});

// Person titles and roles that precede a name ("President Vladimir Putin", "foreign ministry spokesperson Mao Ning")
// or stand for a person already named ("the Russian leader").

import { tokenize } from '../text/tokens';

const TITLE_LIST =
  'president|vice president|president-elect|prime minister|deputy prime minister|foreign minister|defence minister|' +
  'defense minister|interior minister|finance minister|minister|premier|chancellor|king|queen|prince|crown prince|emperor|' +
  'pope|secretary|secretary of state|secretary-general|un secretary-general|senator|sen.|governor|gov.|mayor|general|gen.|' +
  'lieutenant general|major general|admiral|colonel|col.|lt.|captain|ambassador|chairman|chairwoman|leader|supreme leader|' +
  'opposition leader|sheikh|emir|sultan|commander|spokesperson|spokesman|spokeswoman|foreign ministry spokesperson|' +
  'foreign ministry spokesman|foreign ministry spokeswoman|kremlin spokesman|diplomat|top diplomat|envoy|special envoy|' +
  'counterpart|chief|army chief|justice|judge|archbishop|cardinal|rep.|representative|congressman|congresswoman|lawmaker|' +
  'mp|ceo|chief executive|special agent|agent|director|director-general|head|state councillor|state councilor|vice premier|grand ayatollah|ayatollah|attorney general|prosecutor|public prosecutor|' +
  'chief prosecutor|attorney';

/** Honorifics that precede a surname and never stand alone. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'prof.', 'madam']);

/** Roles that, after "the" and an optional demonym, refer back to a person already named ("the Russian leader"). */
export const ANAPHORIC_ROLES: ReadonlySet<string> = new Set([
  'leader',
  'president',
  'prime minister',
  'premier',
  'foreign minister',
  'minister',
  'diplomat',
  'top diplomat',
  'chancellor',
  'king',
  'queen',
  'envoy',
  'head of state',
  'monarch',
  'defence minister',
  'defense minister',
]);

function keyOf(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.text.toLowerCase())
    .join(' ');
}

/** Lower-cased token keys of every title, and the longest title in tokens. */
export const TITLE_KEYS: ReadonlySet<string> = new Set(TITLE_LIST.split('|').map(keyOf));
export const ANAPHORIC_ROLE_KEYS: ReadonlySet<string> = new Set([...ANAPHORIC_ROLES].map(keyOf));
export const LONGEST_TITLE_TOKENS = Math.max(...[...TITLE_KEYS].map((k) => k.split(' ').length));
/** Every word of every title, lower case ("attorney", "general", "prosecutor"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([...TITLE_KEYS].flatMap((k) => k.split(' ')));
export const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set([...TITLE_KEYS].map((k) => k.split(' ')[0]!));

/** Titles a generic role can stand for: "the leader" may be a president, "the top diplomat" a foreign minister. */
const ROLE_TITLES: Readonly<Record<string, readonly string[]>> = {
  leader: ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'leader', 'emir', 'sultan', 'sheikh', 'supreme leader'],
  'head of state': ['president', 'king', 'queen', 'emir', 'sultan', 'emperor'],
  monarch: ['king', 'queen', 'emperor', 'emir', 'sultan'],
  diplomat: ['foreign minister', 'secretary of state', 'envoy', 'ambassador', 'diplomat', 'state councillor', 'state councilor'],
  'top diplomat': ['foreign minister', 'secretary of state', 'top diplomat', 'state councillor', 'state councilor'],
};

/** Whether a person known by `title` (lower case; '' when unknown) can be referred to as "the <role>". */
export function roleFitsTitle(role: string, title: string): boolean {
  if (title.trim() === '' || title.includes(role)) return true;
  return (ROLE_TITLES[role] ?? []).some((t) => title.includes(t));
}

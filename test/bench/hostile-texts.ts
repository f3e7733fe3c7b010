// Generators of hostile article texts for the extraction slow-path tests and `npm run bench:extract`: made-up
// news-like text (not corpus text), deterministic for a given size. Each stresses one way extraction could grow
// faster than its input: many dates, many events and names, one very long line, one long run without spaces.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CITIES = [
  'Geneva',
  'Vienna',
  'Nairobi',
  'Jakarta',
  'Oslo',
  'Hanoi',
  'Lima',
  'Rabat',
  'Tallinn',
  'Doha',
  'Canberra',
  'Moscow',
  'Beijing',
];
const COUNTRIES = ['Russia', 'China', 'Ukraine', 'France', 'Kenya', 'Brazil', 'Japan', 'Poland', 'Egypt', 'Canada'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ran', 'tes', 'vo', 'dun', 'sel', 'bar', 'ni', 'gor', 'phe', 'wal', 'zu', 'ten', 'ris'];

/** Small pseudo-random generator so every run generates the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Repeats `sentence(n)` until the text reaches `chars` characters; `separator` joins the sentences. */
function fill(chars: number, separator: string, sentence: (n: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < chars; n++) {
    const s = sentence(n);
    parts.push(s);
    length += s.length + separator.length;
  }
  return parts.join(separator).slice(0, chars);
}

/** A made-up capitalised name from the seed ("Kalomi Ranvo"): thousands of distinct people. */
function personName(next: () => number): string {
  const word = (): string => {
    const s = Array.from({ length: 2 + Math.floor(next() * 2) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]!).join('');
    return s[0]!.toUpperCase() + s.slice(1);
  };
  return `${word()} ${word()}`;
}

/** Sentences packed with dates (explicit, relative, weekdays, ranges) and event triggers, on many short lines. */
export function dateDenseText(chars: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return fill(chars, ' ', (n) => {
    const year = 2000 + Math.floor(next() * 25);
    const month = pick(MONTHS);
    const day = 1 + Math.floor(next() * 28);
    const forms = [
      `The ministers met in ${pick(CITIES)} on ${day} ${month} ${year}, a week after talks on ${pick(WEEKDAYS)} and before the summit next month.`,
      `On ${month} ${day}, ${year}, ${pick(COUNTRIES)} signed a deal; from March to May ${year} officials visited ${pick(CITIES)} twice.`,
      `Last ${pick(WEEKDAYS)}, two years after the attack of ${year}, delegates held talks between ${day} and ${day + 1} ${month}.`,
      `In the third quarter of ${year} and again in ${month} ${year + 1}, the forum will meet; the visit on ${year}-0${1 + (n % 9)}-1${n % 10} was cancelled.`,
    ];
    return forms[n % forms.length]! + (n % 7 === 6 ? '\n' : '');
  });
}

/** Many short events with titled, distinct people, countries and places: thousands of entities and triggers. */
export function eventDenseText(chars: number, seed = 2): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return fill(chars, ' ', (n) => {
    const a = personName(next);
    const b = personName(next);
    const forms = [
      `President ${a} met Prime Minister ${b} in ${pick(CITIES)}.`,
      `${pick(COUNTRIES)}'s Foreign Minister ${a} visited ${pick(COUNTRIES)} and held talks with ${b}.`,
      `Mr. ${a.split(' ')[1]} and ${b} signed an agreement, the ${pick(COUNTRIES)} leader said.`,
      `${pick(COUNTRIES)} launched a missile attack on ${pick(CITIES)}, Chancellor ${a} of the Delta Ministry said.`,
    ];
    return forms[n % forms.length]! + (n % 5 === 4 ? '\n' : '');
  });
}

/** The event-dense text as one line: no line break anywhere (a saved page flattened to one paragraph). */
export function oneLineText(chars: number, seed = 3): string {
  return eventDenseText(chars, seed).replace(/\n/g, ' ');
}

/** One run of `chars` characters without any space: letters, digits, dots and hyphens mixed (a pasted blob). */
export function noSpaceText(chars: number, seed = 4): string {
  const next = random(seed);
  const pieces = ['Putin', 'met', '2023', '.', '-', 'Xi', 'March', '21', 'summit', 'U.S.', '/', 'attack', ',', 'Mr.', '1998'];
  return fill(chars, '', () => pieces[Math.floor(next() * pieces.length)]!);
}

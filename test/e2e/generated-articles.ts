// Generated small news articles for the bulk-import e2e test and `npm run bench:import`: made-up text
// (not corpus text) varying leaders, places, event kinds and dates, deterministic for a given count.

import type { DroppedFile } from './harness';
import { textFile } from './harness';

const LEADERS = [
  ['President', 'Amara Okafor'], ['Prime Minister', 'Lukas Brandt'], ['Chancellor', 'Ines Vidal'], ['President', 'Tomasz Wierzba'],
  ['Prime Minister', 'Keiko Arata'], ['President', 'Rafael Monteiro'], ['Foreign Minister', 'Selin Aydın'], ['Prime Minister', 'Oskar Lindqvist'],
  ['President', 'Nadia Haddad'], ['Foreign Minister', 'Pavel Dusek'], ['Prime Minister', 'Mateo Ruiz'], ['President', 'Hana Kovac'],
] as const;
const CITIES = ['Geneva', 'Vienna', 'Nairobi', 'Jakarta', 'Brasília', 'Oslo', 'Hanoi', 'Lima', 'Rabat', 'Tallinn', 'Doha', 'Canberra'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS = ['Harbour Courier', 'Evening Ledger', 'Capital Wire', 'Morning Dispatch', 'Valley Tribune'];

/** Small pseudo-random generator so every run generates the same articles. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface GeneratedArticle {
  name: string;
  text: string;
}

export function generateArticles(count: number, seed = 7): GeneratedArticle[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, n) => {
    const [titleA, nameA] = pick(LEADERS);
    let [titleB, nameB] = pick(LEADERS);
    if (nameB === nameA) [titleB, nameB] = LEADERS[(LEADERS.findIndex(([, name]) => name === nameA) + 1) % LEADERS.length]!;
    const city = pick(CITIES);
    const year = 2015 + Math.floor(next() * 10);
    const month = Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 27);
    const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`;
    const surnameA = nameA.split(' ').at(-1);
    const body =
      n % 3 === 0
        ? `${titleA} ${nameA} met ${titleB} ${nameB} in ${city} on ${day} ${MONTHS[month]} ${year}, officials said.`
        : n % 3 === 1
          ? `${titleA} ${nameA} visited ${city} on ${day} ${MONTHS[month]} ${year} and held talks with ${titleB} ${nameB}.`
          : `${titleA} ${nameA} and ${titleB} ${nameB} signed a trade agreement in ${city} on ${day} ${MONTHS[month]} ${year}.`;
    const text = [
      `Report ${n + 1}: talks in ${city}`,
      pick(OUTLETS),
      `${day + 1} ${MONTHS[month]} ${year}`,
      body,
      `Mr. ${surnameA} told reporters the discussions covered energy, ports and customs rules (item ${n + 1}).`,
      '',
    ].join('\n');
    return { name: `generated-${String(n + 1).padStart(4, '0')}-${published}.txt`, text };
  });
}

export const generatedFiles = (count: number, seed?: number): DroppedFile[] => generateArticles(count, seed).map(({ name, text }) => textFile(name, text));

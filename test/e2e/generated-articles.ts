// Generated small news articles for the bulk-import e2e test and `npm run bench:import`: made-up text
// (not corpus text) varying leaders, places, event kinds and dates, deterministic for a given count.

import type { DroppedFile } from './harness';
import { textFile } from './harness';

const LEADERS = [
  ['President', 'Amara Okafor'],
  ['Prime Minister', 'Lukas Brandt'],
  ['Chancellor', 'Ines Vidal'],
  ['President', 'Tomasz Wierzba'],
  ['Prime Minister', 'Keiko Arata'],
  ['President', 'Rafael Monteiro'],
  ['Foreign Minister', 'Selin Aydın'],
  ['Prime Minister', 'Oskar Lindqvist'],
  ['President', 'Nadia Haddad'],
  ['Foreign Minister', 'Pavel Dusek'],
  ['Prime Minister', 'Mateo Ruiz'],
  ['President', 'Hana Kovac'],
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

/** Background paragraphs (no events, no dates) that pad an article to a realistic size. */
const BACKGROUND = [
  'Analysts said the discussions were expected to focus on energy prices, shipping routes and the cost of borrowing.',
  'Officials from both delegations described the atmosphere as constructive, though several questions remained open.',
  'Trade between the two countries has grown steadily, driven by exports of machinery, grain and fertiliser.',
  'Opposition politicians questioned whether the government had consulted parliament before agreeing to the agenda.',
  'Business groups welcomed the emphasis on customs rules, saying delays at border crossings had raised their costs.',
  'Environmental organisations urged both sides to include commitments on emissions and the protection of rivers.',
];

/**
 * `count` articles; with `bytesPerArticle`, each is padded with background paragraphs to about that size
 * (3,000 bytes: 10,000 articles make about 30 MB, an analyst's large case).
 */
export function generateArticles(count: number, seed = 7, bytesPerArticle = 0): GeneratedArticle[] {
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
    const lines = [
      `Report ${n + 1}: talks in ${city}`,
      pick(OUTLETS),
      `${day + 1} ${MONTHS[month]} ${year}`,
      body,
      `Mr. ${surnameA} told reporters the discussions covered energy, ports and customs rules (item ${n + 1}).`,
    ];
    for (let size = lines.join('\n').length; size < bytesPerArticle;) {
      const paragraph = pick(BACKGROUND);
      lines.push(paragraph);
      size += paragraph.length + 1;
    }
    const text = [...lines, ''].join('\n');
    return { name: `generated-${String(n + 1).padStart(4, '0')}-${published}.txt`, text };
  });
}

export const generatedFiles = (count: number, seed?: number, bytesPerArticle?: number): DroppedFile[] =>
  generateArticles(count, seed, bytesPerArticle).map(({ name, text }) => textFile(name, text));

// Seeds a case of synthetic events for the timeline's e2e tests and `npm run bench:timeline`: bursty (most events
// in short hot periods over ten years), mixed types, statuses and date precisions, two participants and a place
// each, ten events per article. It is written straight into IndexedDB in the layout of schema version 3 (before
// the per-day counts existed), on a same-origin page where the app is not running; opening the app then runs the
// real upgrade, which builds the counts. Deterministic for a given count.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './harness';

export interface SeedOptions {
  count: number;
  seed?: number;
}

/** A static file of the built renderer: a same-origin page that runs none of the app. */
export async function staticPage(origin: string): Promise<string> {
  const assets = await readdir(path.join(REPO_ROOT, 'dist/renderer/assets'));
  const css = assets.find((name) => name.endsWith('.css'));
  if (!css) throw new Error('no built stylesheet in dist/renderer/assets: run vite build first');
  return `${origin}/assets/${css}`;
}

interface SyntheticRow {
  [key: string]: unknown;
}

/** The synthetic case: articles of ten events each, and their events (each its own one-report cluster). */
export function syntheticCase(count: number, seed = 11): { articles: SyntheticRow[]; events: SyntheticRow[] } {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(random() ** 2.2 * list.length)]!;
  const people = FIRST_NAMES.flatMap((f) => LAST_NAMES.map((l) => `${f} ${l}`));
  const day0 = Date.UTC(2015, 0, 1);
  const days = 3_650;
  const bursts = Array.from({ length: 400 }, () => ({ center: Math.floor(random() * days), width: 3 + Math.floor(random() * 28) }));
  const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  const articles: SyntheticRow[] = [];
  const events: SyntheticRow[] = [];
  for (let a = 0; a * 10 < count; a++) {
    const burst = pick(bursts);
    const base = random() < 0.85 ? burst.center + Math.floor((random() - 0.5) * burst.width) : Math.floor(random() * days);
    const published = iso(day0 + Math.min(days - 1, Math.max(0, base)) * 86_400_000);
    const sentences: string[] = [];
    for (let i = 0; i < 10 && a * 10 + i < count; i++) {
      const type = pick(TYPES);
      const p1 = skewed(people);
      let p2 = skewed(people);
      if (p2 === p1) p2 = pick(people);
      const place = skewed(PLACES);
      const startDay = Math.min(days - 1, Math.max(0, base + Math.floor((random() - 0.7) * 6)));
      const roll = random();
      const precision = roll < 0.8 ? 'day' : roll < 0.9 ? 'week' : roll < 0.96 ? 'month' : 'year';
      const startDate = new Date(day0 + startDay * 86_400_000);
      let start = iso(startDate.getTime());
      let end = start;
      if (precision === 'week') end = iso(startDate.getTime() + 6 * 86_400_000);
      if (precision === 'month')
        [start, end] = [`${start.slice(0, 7)}-01`, iso(Date.UTC(startDate.getUTCFullYear(), startDate.getUTCMonth() + 1, 0))];
      if (precision === 'year') [start, end] = [`${start.slice(0, 4)}-01-01`, `${start.slice(0, 4)}-12-31`];
      const statusRoll = random();
      const status = statusRoll < 0.85 ? 'occurred' : statusRoll < 0.95 ? 'planned' : pick(['cancelled', 'ongoing', 'denied']);
      const sentence = `${p1} ${VERBS[type]} ${p2} in ${place}.`;
      const offset = sentences.join(' ').length + (sentences.length > 0 ? 1 : 0);
      sentences.push(sentence);
      const id = `syn-${a}:${i}`;
      events.push({
        id,
        articleId: `syn-${a}`,
        type,
        label: `${p1} ${VERBS[type]} ${p2}`,
        start,
        end,
        precision,
        dateBasis: 'explicit',
        status,
        participants: [p1, p2],
        places: [place],
        confidence: Math.round((0.4 + random() * 0.6) * 100) / 100,
        evidence: [{ start: offset, end: offset + sentence.length, text: sentence, ruleId: 'synthetic' }],
        mentions: [],
        ruleId: 'synthetic',
        clusterId: id,
        clusterSize: 1,
        clusterLead: true,
      });
    }
    const text = sentences.join(' ');
    articles.push({
      id: `syn-${a}`,
      fileName: `synthetic-${a}.txt`,
      format: 'txt',
      title: `Synthetic report ${a}`,
      text,
      published,
      publishedSource: 'metadata',
      byteLength: text.length,
      importedAt: new Date(Date.UTC(2025, 0, 1) + a * 1000).toISOString(),
    });
  }
  return { articles, events };
}

const TYPES = ['meeting', 'visit', 'forum', 'invasion', 'attack', 'agreement'];
const VERBS: Record<string, string> = {
  meeting: 'met',
  visit: 'visited',
  forum: 'attended a summit with',
  invasion: 'invaded',
  attack: 'attacked',
  agreement: 'signed an accord with',
};
const FIRST_NAMES = [
  'Amara',
  'Lukas',
  'Ines',
  'Tomasz',
  'Keiko',
  'Rafael',
  'Selin',
  'Oskar',
  'Nadia',
  'Pavel',
  'Mateo',
  'Hana',
  'Yusuf',
  'Elena',
  'Kofi',
];
const LAST_NAMES = [
  'Okafor',
  'Brandt',
  'Vidal',
  'Wierzba',
  'Arata',
  'Monteiro',
  'Aydin',
  'Lindqvist',
  'Haddad',
  'Dusek',
  'Ruiz',
  'Kovac',
  'Sato',
  'Mensah',
];
const PLACES = [
  'Geneva',
  'Vienna',
  'Nairobi',
  'Jakarta',
  'Brasilia',
  'Oslo',
  'Hanoi',
  'Lima',
  'Rabat',
  'Tallinn',
  'Doha',
  'Canberra',
  'Kyiv',
  'Seoul',
  'Accra',
];

/** Runs in the page: deletes the case database and creates it empty at schema version 3 (Dexie stores n as n * 10). */
async function createVersion3(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase('event-timeline');
    deleting.onsuccess = () => resolve();
    deleting.onerror = () => reject(deleting.error);
  });
  const open = indexedDB.open('event-timeline', 30);
  open.onupgradeneeded = () => {
    const db = open.result;
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('published', 'published');
    articles.createIndex('importedAt', 'importedAt');
    const events = db.createObjectStore('events', { keyPath: 'id' });
    for (const name of ['articleId', 'type', 'start', 'end', 'clusterId']) events.createIndex(name, name);
    events.createIndex('[start+end]', ['start', 'end']);
    events.createIndex('[type+start]', ['type', 'start']);
    const entities = db.createObjectStore('entities', { keyPath: 'id' });
    for (const name of ['articleId', 'name', 'kind']) entities.createIndex(name, name);
    db.createObjectStore('meta', { keyPath: 'key' }).put({ key: 'longestEventSpanDays', value: 366 });
    const splits = db.createObjectStore('splits', { keyPath: 'id' });
    splits.createIndex('eventId', 'eventId');
    splits.createIndex('otherId', 'otherId');
  };
  await new Promise<void>((resolve, reject) => {
    open.onsuccess = () => (open.result.close(), resolve());
    open.onerror = () => reject(open.error);
  });
}

/** Runs in the page: writes rows into one store of the case database. */
async function putRows({ store, rows }: { store: string; rows: unknown[] }): Promise<void> {
  const open = indexedDB.open('event-timeline');
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction(store, 'readwrite');
  for (const row of rows) tx.objectStore(store).put(row);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/**
 * Replaces the case database of `origin` by a synthetic case of `count` events, opens the app (which upgrades it
 * and builds the per-day counts) and waits until the timeline shows its count.
 */
export async function seedSyntheticCase(page: Page, origin: string, { count, seed = 11 }: SeedOptions): Promise<void> {
  await page.goto(await staticPage(origin));
  await page.evaluate(createVersion3);
  const { articles, events } = syntheticCase(count, seed);
  await page.evaluate(putRows, { store: 'articles', rows: articles });
  for (let first = 0; first < events.length; first += 10_000)
    await page.evaluate(putRows, { store: 'events', rows: events.slice(first, first + 10_000) });
  await page.goto(`${origin}/`);
  await page.locator('.window-count[data-count]').waitFor({ timeout: 120_000 });
}

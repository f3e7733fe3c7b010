// Reads the title and publication date an HTML page declares about itself: Open Graph / article meta tags,
// Dublin Core and other common <meta> names, JSON-LD (parsed as JSON data only, never evaluated) and
// <time datetime>. Each date candidate says where it came from so the note shown to the user can too.

import { type HtmlElement, findElement, isInside, textContent, walkElements } from './html-tree';
import { chooseContentRoot } from './html-main-text';

export interface MetadataDate {
  /** The raw value as the page states it. */
  value: string;
  /** Human description of the source, e.g. "<meta property=\"article:published_time\">". */
  source: string;
}

export interface HtmlMetadata {
  title: string | null;
  /** Publication date candidates, most reliable first. */
  dates: MetadataDate[];
}

/** <meta> keys (property/name/itemprop, lower-cased) carrying the publication date, most reliable first. */
const DATE_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
];

const ARTICLE_TYPES = /Article|BlogPosting|Report/i;

function metaKey(el: HtmlElement): string | null {
  const key = el.attributes.get('property') ?? el.attributes.get('name') ?? el.attributes.get('itemprop');
  return key ? key.toLowerCase() : null;
}

function metaTags(document: HtmlElement): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of walkElements(document)) {
    if (el.name !== 'meta') continue;
    const key = metaKey(el);
    const content = el.attributes.get('content')?.trim();
    if (key && content && !tags.has(key)) tags.set(key, content);
  }
  return tags;
}

function rawText(el: HtmlElement): string {
  return el.children.map((child) => (child.kind === 'text' ? child.text : '')).join('');
}

/** Objects of all JSON-LD blocks, flattening arrays and @graph. */
function jsonLdObjects(document: HtmlElement): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      objects.push(record);
      if (record['@graph']) collect(record['@graph']);
    }
  };
  for (const el of walkElements(document)) {
    if (el.name !== 'script' || !/ld\+json/i.test(el.attributes.get('type') ?? '')) continue;
    try {
      collect(JSON.parse(rawText(el)) as unknown);
    } catch {
      // malformed JSON-LD is ignored
    }
  }
  return objects;
}

function jsonLdString(object: Record<string, unknown>, key: string): string | null {
  const value = object[key];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function isArticleObject(object: Record<string, unknown>): boolean {
  const type = object['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

function jsonLdDate(objects: Record<string, unknown>[]): string | null {
  const ordered = [...objects.filter(isArticleObject), ...objects.filter((o) => !isArticleObject(o))];
  for (const object of ordered) {
    const date = jsonLdString(object, 'datePublished');
    if (date) return date;
  }
  return null;
}

function timeElementDate(document: HtmlElement): MetadataDate | null {
  const root = chooseContentRoot(document);
  const published = findElement(
    document,
    (el) =>
      el.name === 'time' &&
      el.attributes.has('datetime') &&
      (el.attributes.has('pubdate') || el.attributes.get('itemprop') === 'datePublished'),
  );
  const firstInArticle = findElement(root, (el) => el.name === 'time' && el.attributes.has('datetime'));
  const chosen = published ?? (root !== document && firstInArticle && isInside(firstInArticle, root) ? firstInArticle : null);
  const value = chosen?.attributes.get('datetime')?.trim();
  return value ? { value, source: '<time datetime> in the article' } : null;
}

function pageTitle(document: HtmlElement, meta: Map<string, string>, objects: Record<string, unknown>[]): string | null {
  const og = meta.get('og:title') ?? meta.get('twitter:title');
  if (og) return og;
  const titleElement = findElement(document, (el) => el.name === 'title');
  const title = titleElement ? rawText(titleElement).replace(/\s+/g, ' ').trim() : '';
  if (title) return title;
  const headline = objects.map((o) => jsonLdString(o, 'headline')).find((h) => h !== null);
  if (headline) return headline;
  const h1 = findElement(document, (el) => el.name === 'h1');
  return h1 ? textContent(h1) || null : null;
}

/** Title and publication-date candidates declared by a parsed page. */
export function readHtmlMetadata(document: HtmlElement): HtmlMetadata {
  const meta = metaTags(document);
  const objects = jsonLdObjects(document);
  const dates: MetadataDate[] = [];
  const [primary, ...others] = DATE_META_KEYS;
  const add = (key: string | undefined): void => {
    const value = key ? meta.get(key) : undefined;
    if (key && value) dates.push({ value, source: `<meta ${key.includes(':') ? 'property' : 'name'}="${key}">` });
  };
  add(primary);
  const ld = jsonLdDate(objects);
  if (ld) dates.push({ value: ld, source: 'JSON-LD datePublished' });
  others.forEach(add);
  const time = timeElementDate(document);
  if (time) dates.push(time);
  return { title: pageTitle(document, meta, objects), dates };
}

// saveImportedBatch stores a batch with batched requests; the database it leaves must be exactly the one that storing
// the same articles one by one (saveImportedArticle) leaves: articles, events with their clusters, entities, meta.

import { isDayCountsCacheRow } from '../../../app/storage/day-count-snapshot';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../app/extract/pipeline';
import { ingestFile } from '../../../app/ingest/ingest';
import type { Article } from '../../../app/model/article';
import { saveImportedArticle, saveImportedBatch } from '../../../renderer/db/articles-repo';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { generateArticles } from '../../e2e/generated-articles';
import { freshDb } from './make-records';

const dbs: TimelineDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function dump(db: TimelineDb): Promise<unknown> {
  return {
    articles: await db.articles.toArray(),
    events: await db.events.toArray(),
    entities: await db.entities.toArray(),
    meta: (await db.meta.toArray()).filter((row) => !isDayCountsCacheRow(row)), // the counts cache is not data
  };
}

describe('saveImportedBatch', () => {
  it('leaves the same database as storing the articles one by one, duplicates included', async () => {
    // A second report of each of the first 20 articles (another headline, same event): their events merge into clusters.
    const generated = generateArticles(40, 5);
    const reports = [
      ...generated,
      ...generated.slice(0, 20).map(({ name, text }) => ({ name: `second-${name}`, text: `Second report\n${text}` })),
    ];
    const items: { article: Article; events: ReturnType<typeof extractArticleEvents> }[] = [];
    for (const { name, text } of reports) {
      const ingested = await ingestFile({ fileName: name, bytes: new TextEncoder().encode(text) });
      if (!ingested.ok) throw new Error(ingested.error);
      const article = { ...ingested.article, importedAt: '2024-01-01T00:00:00.000Z' };
      items.push({ article, events: extractArticleEvents({ id: article.id, text: article.text, published: article.published }) });
    }
    items.splice(10, 0, items[3]!); // the same file twice in one batch
    const one = freshDb();
    const batched = freshDb();
    dbs.push(one, batched);
    const single = [];
    for (const { article, events } of items) single.push((await saveImportedArticle(one, article, events)).status);
    const outcomes = [...(await saveImportedBatch(batched, items.slice(0, 30))), ...(await saveImportedBatch(batched, items.slice(30)))];
    expect(outcomes.map((o) => o.status)).toEqual(single);
    expect(outcomes[10]).toMatchObject({ status: 'duplicate', existing: { id: items[3]!.article.id } });
    const clustered = (await batched.events.toArray()).filter((e) => (e.clusterSize ?? 1) > 1);
    expect(clustered.length).toBeGreaterThan(0); // the test exercises merging
    expect(await dump(batched)).toEqual(await dump(one));
  });
});

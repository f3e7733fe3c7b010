// Loads what the UI shows from the database and reloads it when `version` changes: the article list,
// the selected event with its article and every merged source, and the article open in the viewer with its events.
// Each load reads in one read transaction (inOneRead), so it never sees half of a write the worker is making.

import { useEffect, useState } from 'react';
import type { Article } from '../../app/model/article';
import type { TimelineEvent } from '../../app/model/event';
import { clusterMembers } from '../db/cluster-repo';
import { eventsOfArticle, inOneRead, listArticleSummaries, type ArticleSummary } from '../db/queries';
import type { TimelineDb } from '../db/timeline-db';

/** Runs `load` whenever its inputs change and ignores results that arrive after a newer load started. */
function useLoaded<T>(initial: T, load: () => Promise<T>, deps: readonly unknown[]): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let current = true;
    load().then(
      (result) => current && setValue(result),
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
  }, deps);
  return value;
}

export function useArticleSummaries(db: TimelineDb, version: number): ArticleSummary[] {
  return useLoaded<ArticleSummary[]>([], () => listArticleSummaries(db), [db, version]);
}

/** One article's report of the selected event. */
export interface EventSource {
  event: TimelineEvent;
  article: Article | null;
}

export interface SelectedEvent {
  event: TimelineEvent;
  article: Article | null;
  /** Every report merged into the selected event (its cluster), the selected one included; oldest article first. */
  sources: EventSource[];
}

export function useSelectedEvent(db: TimelineDb, eventId: string | null, version: number): SelectedEvent | null {
  return useLoaded<SelectedEvent | null>(
    null,
    () => inOneRead(db, async () => {
      if (!eventId) return null;
      // The cluster always holds the selected event itself, so one read gives the event, its article and its sources.
      const members = await clusterMembers(db, eventId);
      const articles = await db.articles.bulkGet(members.map((member) => member.articleId));
      const sources = members.map((member, i) => ({ event: member, article: articles[i] ?? null }));
      const selected = sources.find((source) => source.event.id === eventId);
      if (!selected) return null;
      sources.sort((a, b) => (a.article?.published ?? '').localeCompare(b.article?.published ?? '') || a.event.id.localeCompare(b.event.id));
      return { event: selected.event, article: selected.article, sources };
    }),
    [db, eventId, version],
  );
}

export interface OpenArticle {
  article: Article;
  events: TimelineEvent[];
}

export function useOpenArticle(db: TimelineDb, articleId: string | null, version: number): OpenArticle | null {
  return useLoaded<OpenArticle | null>(
    null,
    () =>
      inOneRead(db, async () => {
        if (!articleId) return null;
        const article = await db.articles.get(articleId);
        return article ? { article, events: await eventsOfArticle(db, articleId) } : null;
      }),
    [db, articleId, version],
  );
}

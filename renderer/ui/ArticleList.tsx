// The imported articles, newest first, as memoised cards (ArticleCard). Only the first pages of ARTICLES_PAGE
// cards are read and drawn, with a "Show more" button, so the list stays cheap to read and render.

import { useMemo, useRef } from 'react';
import type { ArticleSummary } from '../db/queries';
import { ArticleCard, type ArticleActions } from './ArticleCard';
import { formatCount } from '../../app/model/format-count';

interface Props extends ArticleActions {
  /** The listed articles (the first pages). */
  articles: readonly ArticleSummary[];
  /** How many articles there are in all. */
  total: number;
  onShowMore(): void;
  busyArticleIds: ReadonlySet<string>;
}

/** Cards drawn per page of the list. */
export const ARTICLES_PAGE = 250;

export function ArticleList({ articles, total, onShowMore, busyArticleIds, ...callbacks }: Props) {
  const latest = useRef(callbacks);
  latest.current = callbacks;
  const actions = useMemo<ArticleActions>(
    () => ({
      onSetPublished: (id, published) => latest.current.onSetPublished(id, published),
      onOpen: (id) => latest.current.onOpen(id),
      onDelete: (id) => latest.current.onDelete(id),
    }),
    [],
  );
  if (articles.length === 0) return <p className="muted sidebar-empty">No articles yet.</p>;
  return (
    <>
      <ul className="article-list" aria-label="Imported articles">
        {articles.map(({ article, eventCount }) => (
          <ArticleCard key={article.id} article={article} eventCount={eventCount} busy={busyArticleIds.has(article.id)} actions={actions} />
        ))}
      </ul>
      {articles.length < total && (
        <button type="button" className="button show-more-articles" onClick={onShowMore}>
          Show more ({formatCount(total - articles.length)} not shown)
        </button>
      )}
    </>
  );
}

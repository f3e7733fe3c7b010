// The imported articles, newest first, as memoised cards (ArticleCard). After a bulk import only the first
// ARTICLES_PAGE cards are drawn, with a "Show more" button, so the list stays cheap to render.

import { useMemo, useRef, useState } from 'react';
import type { ArticleSummary } from '../db/queries';
import { ArticleCard, type ArticleActions } from './ArticleCard';

interface Props extends ArticleActions {
  articles: readonly ArticleSummary[];
  busyArticleIds: ReadonlySet<string>;
}

/** Cards drawn per page of the list. */
export const ARTICLES_PAGE = 250;

export function ArticleList({ articles, busyArticleIds, ...callbacks }: Props) {
  const [pages, setPages] = useState(1);
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
  const shown = articles.slice(0, pages * ARTICLES_PAGE);
  return (
    <>
      <ul className="article-list" aria-label="Imported articles">
        {shown.map(({ article, eventCount }) => (
          <ArticleCard key={article.id} article={article} eventCount={eventCount} busy={busyArticleIds.has(article.id)} actions={actions} />
        ))}
      </ul>
      {shown.length < articles.length && (
        <button type="button" className="button show-more-articles" onClick={() => setPages((n) => n + 1)}>
          Show more ({(articles.length - shown.length).toLocaleString('en')} not shown)
        </button>
      )}
    </>
  );
}

// The imported articles: title, publication date (editable: changing it re-anchors the article's relative
// dates), event count, a warning when the date was guessed or is missing, and delete.

import { useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../db/queries';
import { publicationWarning } from './publication-warning';

interface Props {
  articles: readonly ArticleSummary[];
  busyArticleIds: ReadonlySet<string>;
  onSetPublished(articleId: string, published: string): void;
  onOpen(articleId: string): void;
  onDelete(articleId: string): void;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const COMMIT_DELAY_MS = 700;

function PublicationDateField({ articleId, value, onCommit }: { articleId: string; value: string; onCommit(published: string): void }) {
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const commit = (next: string): void => {
    clearTimeout(timer.current);
    if (ISO_DAY.test(next) && next !== value) onCommit(next);
  };
  return (
    <label className="published-field">
      Publication date{' '}
      <input
        type="date"
        value={draft}
        data-article-id={articleId}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(next), COMMIT_DELAY_MS);
        }}
        onBlur={() => commit(draft)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(draft);
        }}
      />
    </label>
  );
}

export function ArticleList({ articles, busyArticleIds, onSetPublished, onOpen, onDelete }: Props) {
  if (articles.length === 0) return <p className="muted sidebar-empty">No articles yet.</p>;
  return (
    <ul className="article-list" aria-label="Imported articles">
      {articles.map(({ article, eventCount }) => {
        const warning = publicationWarning(article);
        const busy = busyArticleIds.has(article.id);
        return (
          <li key={article.id} className="article-card" data-article-id={article.id} aria-busy={busy}>
            <button type="button" className="article-title link-button" onClick={() => onOpen(article.id)} title={article.fileName}>
              {article.title}
            </button>
            <div className="article-meta">
              <span className="event-count" data-count={eventCount}>
                {busy ? 'Re-extracting…' : `${eventCount.toLocaleString('en')} event${eventCount === 1 ? '' : 's'}`}
              </span>
              <span className="muted"> · {article.fileName}</span>
            </div>
            <PublicationDateField articleId={article.id} value={article.published ?? ''} onCommit={(published) => onSetPublished(article.id, published)} />
            {warning && (
              <p className={`pub-warning pub-warning-${warning.severity}`} role="note">
                {warning.text}
                {warning.severity === 'caution' && article.published && (
                  <button type="button" className="link-button" onClick={() => onSetPublished(article.id, article.published!)}>
                    Confirm {article.published}
                  </button>
                )}
              </p>
            )}
            <button
              type="button"
              className="delete-button link-button"
              onClick={() => {
                if (window.confirm(`Delete “${article.title}” and its ${eventCount} events?`)) onDelete(article.id);
              }}
            >
              Delete
            </button>
          </li>
        );
      })}
    </ul>
  );
}

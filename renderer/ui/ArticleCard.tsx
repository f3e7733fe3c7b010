// One card of the article list: title (opens the article), event count, file name, the editable
// publication date (changing it re-anchors the article's relative dates), a warning when the date was
// guessed or is missing, and delete. Memoised: a list refresh during a bulk import re-renders only the
// cards whose article changed.

import { memo } from 'react';
import type { Article } from '../../app/model/article';
import { PublicationDateField } from './PublicationDateField';
import { publicationWarning } from './publication-warning';
import { showBidiControls } from '../lib/visible-bidi';
import { formatCount } from '../../app/model/format-count';

export interface ArticleActions {
  onSetPublished(articleId: string, published: string): void;
  onOpen(articleId: string): void;
  onDelete(articleId: string): void;
}

interface Props {
  article: Article;
  eventCount: number;
  busy: boolean;
  /** Must be a stable object (the list passes one that never changes). */
  actions: ArticleActions;
}

/** The article fields a card shows: cards re-render only when one of these (or the count/busy) changed. */
const SHOWN_FIELDS = ['id', 'title', 'fileName', 'published', 'publishedSource', 'publishedNote'] as const;

function sameCard(a: Props, b: Props): boolean {
  return (
    a.eventCount === b.eventCount &&
    a.busy === b.busy &&
    a.actions === b.actions &&
    SHOWN_FIELDS.every((field) => a.article[field] === b.article[field])
  );
}

export const ArticleCard = memo(function ArticleCard({ article, eventCount, busy, actions }: Props) {
  const warning = publicationWarning(article);
  return (
    <li className="article-card" data-article-id={article.id} aria-busy={busy}>
      <button
        type="button"
        className="article-title link-button"
        onClick={() => actions.onOpen(article.id)}
        title={showBidiControls(article.fileName)}
      >
        {showBidiControls(article.title)}
      </button>
      <div className="article-meta">
        <span className="event-count" data-count={eventCount}>
          {busy ? 'Re-extracting…' : `${formatCount(eventCount)} event${eventCount === 1 ? '' : 's'}`}
        </span>
        <span className="muted"> · {showBidiControls(article.fileName)}</span>
      </div>
      <PublicationDateField
        articleId={article.id}
        value={article.published ?? ''}
        busy={busy}
        onCommit={(published) => actions.onSetPublished(article.id, published)}
      />
      {warning && (
        <p className={`pub-warning pub-warning-${warning.severity}`} role="note">
          {warning.text}
          {warning.severity === 'caution' && article.published && (
            <button type="button" className="link-button" onClick={() => actions.onSetPublished(article.id, article.published!)}>
              Confirm {article.published}
            </button>
          )}
        </p>
      )}
      <button
        type="button"
        className="delete-button link-button"
        onClick={() => {
          if (window.confirm(`Delete “${showBidiControls(article.title)}” and its ${eventCount} events?`)) actions.onDelete(article.id);
        }}
      >
        Delete
      </button>
    </li>
  );
}, sameCard);

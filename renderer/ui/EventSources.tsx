// The "Sources" section of the event side panel: every article that reports the (merged) event, with its
// publication date, the reporting sentence highlighted and its confidence, and a "Split" button per
// source that detaches that report into its own event (kept apart on re-import).

import type { EventSource } from './use-db-data';
import { showBidiControls } from '../lib/visible-bidi';

interface Props {
  sources: readonly EventSource[];
  onSplit(eventId: string): void;
  onOpenArticle(articleId: string): void;
}

export function EventSources({ sources, onSplit, onOpenArticle }: Props) {
  const merged = sources.length > 1;
  return (
    <section aria-label="Sources" className="event-sources">
      <h3 className="section-title">{merged ? `Reported by ${sources.length} sources` : 'Source'}</h3>
      <ul className="source-list">
        {sources.map(({ event, article }) => (
          <li key={event.id} className="source-item" data-source-event-id={event.id}>
            <header>
              <button
                type="button"
                className="link-button source-title"
                disabled={!article}
                onClick={() => article && onOpenArticle(article.id)}
              >
                {article ? showBidiControls(article.title) : 'article missing'}
              </button>
              <span className="muted source-published">{article?.published ?? 'no publication date'}</span>
            </header>
            <blockquote className="source-sentence">
              <mark className="source-mark">{event.evidence[0]?.text ?? event.label}</mark>
            </blockquote>
            <div className="source-meta">
              <span className="muted">confidence {Math.round(event.confidence * 100)}%</span>
              {merged && (
                <button
                  type="button"
                  className="button split-button"
                  onClick={() => onSplit(event.id)}
                  aria-label={`Split the report of ${article?.title ?? event.id} into its own event`}
                >
                  Split
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

// The Review panel: walks through the flagged events one by one (why each is flagged, its date, the reporting
// sentence highlighted in the article) with Accept (A), Edit (E) and Reject (R), and Previous (K, ↑) / Next (J, ↓).
// The buttons and the keys run the same registry actions.

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { eventTypeInfo } from '../../app/model/event-types';
import { REVIEW_FLAG_TEXT, reviewFlags } from '../../app/model/review-flags';
import { setReviewCurrent } from '../actions/review-verdict';
import type { TimelineDb } from '../db/timeline-db';
import { formatEventDate } from '../lib/format-date';
import { useUiStore } from '../state/ui-store';
import { useRunAction } from './actions-context';
import { eventRanges, HighlightedText } from './HighlightedText';
import { useReviewQueue } from './use-review-queue';

export function ReviewPanel({ db }: { db: TimelineDb }) {
  const index = useUiStore((state) => state.reviewIndex);
  const setReview = useUiStore((state) => state.setReview);
  const select = useUiStore((state) => state.select);
  const runAction = useRunAction();
  const queue = useReviewQueue(db, true);
  const position = queue && queue.length > 0 ? Math.min(index, queue.length - 1) : 0;
  const current = queue?.[position] ?? null;
  const article = useLiveQuery(
    async () => (current ? ((await db.articles.get(current.articleId)) ?? null) : null),
    [db, current?.articleId],
  );
  const ranges = useMemo(() => (current ? eventRanges([current]) : []), [current]);

  useEffect(() => {
    setReviewCurrent(current?.id ?? null);
    if (current) select([current.id]);
    return () => setReviewCurrent(null);
  }, [current?.id, select]);
  useEffect(() => {
    if (queue && index !== position) setReview(true, position);
  }, [queue, index, position, setReview]);

  const button = (actionId: string, text: string, key: string) => (
    <button
      type="button"
      className="button"
      aria-keyshortcuts={key}
      title={`${text} (${key})`}
      onClick={() => runAction(actionId, current?.id)}
      disabled={!current}
    >
      {text}
    </button>
  );
  return (
    <aside className="side-panel review-panel" aria-label="Review" data-review-count={queue?.length ?? 0}>
      <header className="side-panel-header">
        <h2>Review</h2>
        <button type="button" className="icon-button" onClick={() => setReview(false)} aria-label="Close review">
          ×
        </button>
      </header>
      {queue === undefined ? (
        <p className="muted">Loading…</p>
      ) : !current ? (
        <p className="review-done">No flagged events left to review.</p>
      ) : (
        <div className="review-item" data-event-id={current.id}>
          <p className="muted review-position">
            Flagged event {position + 1} of {queue.length}
          </p>
          <h3 className="review-label">{current.label}</h3>
          <p>
            {eventTypeInfo(current.type).label} · {formatEventDate(current)} · {current.status} · confidence{' '}
            {Math.round(current.confidence * 100)}%
          </p>
          <ul className="review-reasons">
            {reviewFlags(current).map((flag) => (
              <li key={flag}>{REVIEW_FLAG_TEXT[flag]}</li>
            ))}
          </ul>
          <div className="panel-buttons">
            {button('review.accept', 'Accept', 'A')}
            <button type="button" className="button" aria-keyshortcuts="E" title="Edit (E)" onClick={() => runAction('review.edit')}>
              Edit
            </button>
            {button('review.reject', 'Reject', 'R')}
          </div>
          <div className="panel-buttons">
            <button
              type="button"
              className="button"
              aria-keyshortcuts="K"
              title="Previous (K, ↑)"
              disabled={position === 0}
              onClick={() => setReview(true, position - 1)}
            >
              Previous
            </button>
            <button
              type="button"
              className="button"
              aria-keyshortcuts="J"
              title="Next (J, ↓)"
              disabled={position >= queue.length - 1}
              onClick={() => setReview(true, position + 1)}
            >
              Next
            </button>
          </div>
          {article && (
            <HighlightedText
              text={article.text}
              ranges={ranges}
              scrollKey={current.id}
              className="evidence-box"
              label="Article text with the event's sentence highlighted"
            />
          )}
        </div>
      )}
    </aside>
  );
}

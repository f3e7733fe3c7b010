// "Open article": the whole article text with the evidence of all its events highlighted, and the list
// of those events to jump to.

import { useMemo } from 'react';
import type { Article } from '../../app/model/article';
import type { TimelineEvent } from '../../app/model/event';
import { eventTypeInfo } from '../../app/model/event-types';
import { formatEventDate } from '../lib/format-date';
import { eventRanges, HighlightedText } from './HighlightedText';
import { Modal } from './Modal';
import { showBidiControls } from '../lib/visible-bidi';

interface Props {
  article: Article;
  events: readonly TimelineEvent[];
  onSelectEvent(eventId: string): void;
  onClose(): void;
}

export function ArticleViewer({ article, events, onSelectEvent, onClose }: Props) {
  const ranges = useMemo(() => eventRanges(events), [events]);
  return (
    <Modal title={showBidiControls(article.title)} onClose={onClose} className="article-dialog">
      <p className="muted article-meta">
        {showBidiControls(article.fileName)} · published {article.published ?? 'unknown'} · {events.length} event
        {events.length === 1 ? '' : 's'}
      </p>
      <div className="article-viewer">
        <HighlightedText
          text={article.text}
          ranges={ranges}
          className="full-article"
          label="Full article text with all evidence highlighted"
        />
        {events.length === 0 && <p className="muted article-events-empty">No events were found in this article.</p>}
        <ol className="article-events" hidden={events.length === 0}>
          {events.map((event) => (
            <li key={event.id}>
              <button type="button" className="link-button" onClick={() => onSelectEvent(event.id)}>
                <span className="swatch" style={{ ['--event-color' as string]: eventTypeInfo(event.type).color }} aria-hidden="true" />
                {event.label}
              </button>
              <span className="muted"> {formatEventDate(event)}</span>
            </li>
          ))}
        </ol>
      </div>
    </Modal>
  );
}

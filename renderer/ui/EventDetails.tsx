// The side panel for the selected event: what, when (with precision), status, who, where, how sure,
// which rule found it, the article text with the reporting sentence highlighted, and every source
// article of a merged event with a "Split" button each.

import { useMemo } from 'react';
import type { Article } from '../../app/model/article';
import type { TimelineEvent } from '../../app/model/event';
import { eventTypeInfo } from '../../app/model/event-types';
import { formatEventDate } from '../lib/format-date';
import { EventRoles } from './EventRoles';
import { EventSources } from './EventSources';
import { eventRanges, HighlightedText } from './HighlightedText';
import type { EventSource } from './use-db-data';
import { showBidiControls } from '../lib/visible-bidi';

interface Props {
  event: TimelineEvent;
  article: Article | null;
  sources: readonly EventSource[];
  onSplit(eventId: string): void;
  onOpenArticle(articleId: string): void;
  onClose(): void;
}

const DATE_BASIS_TEXT: Record<TimelineEvent['dateBasis'], string> = {
  explicit: 'stated in the text',
  context: 'from nearby context',
  publication: 'not stated; placed by the publication date',
};

function ListValue({ values }: { values: readonly string[] }) {
  return values.length === 0 ? <span className="muted">not stated</span> : <>{values.join(', ')}</>;
}

export function EventDetails({ event, article, sources, onSplit, onOpenArticle, onClose }: Props) {
  const info = eventTypeInfo(event.type);
  const ranges = useMemo(() => eventRanges([event]), [event]);
  return (
    <aside className="side-panel" aria-labelledby="event-details-title" data-event-id={event.id}>
      <header className="side-panel-header">
        <span className="type-chip" style={{ ['--event-color' as string]: info.color }}>
          {info.label}
        </span>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close event details">
          ×
        </button>
      </header>
      <h2 id="event-details-title">{event.label}</h2>
      <dl className="facts">
        <dt>Date</dt>
        <dd data-testid="event-date">
          {formatEventDate(event)}
          <span className="muted"> · {DATE_BASIS_TEXT[event.dateBasis]}</span>
        </dd>
        <dt>Status</dt>
        <dd className={`status status-${event.status}`}>{event.status}</dd>
        <dt>Participants</dt>
        <dd>
          <ListValue values={event.participants} />
        </dd>
        <dt>Place</dt>
        <dd>
          <ListValue values={event.places} />
        </dd>
        <dt>Confidence</dt>
        <dd>
          <meter min={0} max={1} value={event.confidence} aria-label="confidence" /> {Math.round(event.confidence * 100)}%
        </dd>
        <dt>Rule</dt>
        <dd>
          <code>{event.ruleId}</code>
        </dd>
        <dt>Source</dt>
        <dd>{article ? showBidiControls(article.title) : <span className="muted">article missing</span>}</dd>
      </dl>
      <EventRoles event={event} />
      <EventSources sources={sources} onSplit={onSplit} onOpenArticle={onOpenArticle} />
      {article && (
        <>
          <h3 className="section-title">In the article</h3>
          <HighlightedText text={article.text} ranges={ranges} scrollKey={event.id} className="evidence-box" label="Article text with the event's sentence highlighted" />
          <button type="button" className="button" onClick={() => onOpenArticle(article.id)}>
            Open article
          </button>
        </>
      )}
    </aside>
  );
}

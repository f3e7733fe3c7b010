// The side panel for the selected event: what, when (with precision), status, who, where, how sure,
// which rule found it, the article text with the reporting sentence highlighted, and every source
// article of a merged event with a "Split" button each. Edit, Delete event and Merge with another event; fields
// the analyst changed are marked "edited"; an event added by hand says so instead of showing evidence.

import { useMemo } from 'react';
import type { Article } from '../../app/model/article';
import type { EditableField, TimelineEvent } from '../../app/model/event';
import type { StoredEvent } from '../../app/storage/schema';
import type { TimelineDb } from '../db/timeline-db';
import { eventTypeInfo } from '../../app/model/event-types';
import { formatEventDate } from '../lib/format-date';
import { EventRoles } from './EventRoles';
import { EventSources } from './EventSources';
import { MergePicker } from './MergePicker';
import { eventRanges, HighlightedText } from './HighlightedText';
import type { EventSource } from './use-db-data';
import { showBidiControls } from '../lib/visible-bidi';

interface Props {
  db: TimelineDb;
  event: StoredEvent;
  article: Article | null;
  sources: readonly EventSource[];
  onSplit(eventId: string): void;
  onEdit(): void;
  onDelete(): void;
  onMerge(otherId: string): void;
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

function Edited({ event, fields }: { event: TimelineEvent; fields: readonly EditableField[] }) {
  const edited = fields.some((field) => event.editedFields?.includes(field));
  return edited ? <span className="edited-mark"> edited</span> : null;
}

const REVIEW_TEXT = { accepted: 'accepted', rejected: 'rejected' } as const;

export function EventDetails({ db, event, article, sources, onSplit, onEdit, onDelete, onMerge, onOpenArticle, onClose }: Props) {
  const info = eventTypeInfo(event.type);
  const ranges = useMemo(() => eventRanges([event]), [event]);
  const byAnalyst = event.origin === 'analyst';
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
      <h2 id="event-details-title">
        {event.label}
        <Edited event={event} fields={['label']} />
      </h2>
      <div className="panel-buttons">
        <button type="button" className="button" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="button danger" onClick={onDelete}>
          Delete event
        </button>
      </div>
      <dl className="facts">
        <dt>Date</dt>
        <dd data-testid="event-date">
          {formatEventDate(event)}
          {!byAnalyst && <span className="muted"> · {DATE_BASIS_TEXT[event.dateBasis]}</span>}
          <Edited event={event} fields={['start', 'end', 'precision']} />
        </dd>
        <dt>Status</dt>
        <dd className={`status status-${event.status}`}>
          {event.status}
          <Edited event={event} fields={['status', 'type']} />
        </dd>
        <dt>Participants</dt>
        <dd>
          <ListValue values={event.participants} />
          <Edited event={event} fields={['participants']} />
        </dd>
        <dt>Place</dt>
        <dd>
          <ListValue values={event.places} />
          <Edited event={event} fields={['places']} />
        </dd>
        {event.notes && (
          <>
            <dt>Notes</dt>
            <dd className="event-notes">{event.notes}</dd>
          </>
        )}
        {event.reviewState && (
          <>
            <dt>Review</dt>
            <dd className={`review-state review-${event.reviewState}`}>{REVIEW_TEXT[event.reviewState]}</dd>
          </>
        )}
        <dt>Confidence</dt>
        <dd>
          <meter min={0} max={1} value={event.confidence} aria-label="confidence" /> {Math.round(event.confidence * 100)}%
        </dd>
        <dt>Rule</dt>
        <dd>
          <code>{event.ruleId}</code>
        </dd>
        <dt>Source</dt>
        <dd className="event-origin">
          {byAnalyst ? 'added by the analyst' : article ? showBidiControls(article.title) : <span className="muted">article missing</span>}
        </dd>
      </dl>
      <EventRoles event={event} />
      {(!byAnalyst || sources.length > 1) && <EventSources sources={sources} onSplit={onSplit} onOpenArticle={onOpenArticle} />}
      <MergePicker db={db} event={event} onMerge={onMerge} />
      {article && (
        <>
          <h3 className="section-title">In the article</h3>
          <HighlightedText
            text={article.text}
            ranges={ranges}
            scrollKey={event.id}
            className="evidence-box"
            label="Article text with the event's sentence highlighted"
          />
          <button type="button" className="button" onClick={() => onOpenArticle(article.id)}>
            Open article
          </button>
        </>
      )}
    </aside>
  );
}

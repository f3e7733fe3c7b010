// The side panel right of the timeline: the event editor (Add event, Edit event), else the Review panel, else the
// details of the selected event; nothing when none applies. Reads the events it shows itself (useLiveQuery hooks).

import { formOfEvent } from '../../app/model/event-fields';
import type { TimelineDb } from '../db/timeline-db';
import { primarySelection, useUiStore } from '../state/ui-store';
import { EventDetails } from './EventDetails';
import { EventEditor } from './EventEditor';
import { ReviewPanel } from './ReviewPanel';
import { useSelectedEvent } from './use-db-data';

interface Props {
  db: TimelineDb;
  run(actionId: string, arg?: unknown): void;
  onOpenArticle(articleId: string): void;
}

export function SidePanel({ db, run, onOpenArticle }: Props) {
  const editor = useUiStore((state) => state.editor);
  const reviewOpen = useUiStore((state) => state.reviewOpen);
  const selectedEventId = useUiStore(primarySelection);
  const openEditor = useUiStore((state) => state.openEditor);
  const select = useUiStore((state) => state.select);
  const selected = useSelectedEvent(db, selectedEventId);
  const editing = useSelectedEvent(db, editor?.mode === 'edit' ? editor.eventId : null);
  if (editor?.mode === 'add')
    return (
      <EventEditor
        key="add"
        title="Add event"
        initial={formOfEvent({ start: editor.start ?? new Date().toISOString().slice(0, 10), label: '' })}
        onSave={(fields) => run('event.add', { fields })}
        onCancel={() => openEditor(null)}
      />
    );
  if (editor)
    return editing ? (
      <EventEditor
        key={editing.event.id}
        title="Edit event"
        initial={formOfEvent(editing.event)}
        onSave={(fields) => {
          openEditor(null);
          run('event.edit', { eventId: editing.event.id, fields });
        }}
        onCancel={() => openEditor(null)}
      />
    ) : null;
  if (reviewOpen) return <ReviewPanel db={db} />;
  if (!selected) return null;
  return (
    <EventDetails
      db={db}
      event={selected.event}
      article={selected.article}
      sources={selected.sources}
      onSplit={(eventId) => run('event.split', eventId)}
      onEdit={() => openEditor({ mode: 'edit', eventId: selected.event.id })}
      onDelete={() => run('event.delete', selected.event.id)}
      onMerge={(otherId) => run('event.merge', { eventId: selected.event.id, otherId })}
      onOpenArticle={onOpenArticle}
      onClose={() => select([])}
    />
  );
}

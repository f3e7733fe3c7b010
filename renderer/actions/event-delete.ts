// Delete event: removes the selected event (or the one given) and its cluster membership; an extracted event is
// tombstoned so re-extraction does not bring it back. Undo restores the rows, tombstone included.

import { deleteEvent } from '../db/event-edits-repo';
import { recordStep } from '../db/history-repo';
import { primarySelection, useUiStore } from '../state/ui-store';
import { registerAction } from './registry';

export const deleteEventAction = registerAction<string | undefined>({
  id: 'event.delete',
  label: 'Delete event',
  shortcut: 'Delete',
  isEnabled: () => primarySelection(useUiStore.getState()) !== null,
  run: async (ctx, eventId) => {
    const id = eventId ?? primarySelection(useUiStore.getState());
    if (!id) return;
    const event = await ctx.db.events.get(id);
    const { entry } = await recordStep(ctx.db, { actionId: 'event.delete', label: `Delete “${event?.label ?? id}”` }, () =>
      deleteEvent(ctx.db, id),
    );
    const store = useUiStore.getState();
    store.select(store.selectedEventIds.filter((selected) => selected !== id));
    if (store.editor?.mode === 'edit' && store.editor.eventId === id) store.openEditor(null);
    return entry ?? undefined;
  },
});

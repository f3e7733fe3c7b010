// Merge: puts two events (the two selected, or the selected one and one picked from the side panel's list)
// into one event with both sources; the merge is kept when clusters are re-formed, and Split still works.

import { mergeEvents } from '../db/event-edits-repo';
import { recordStep } from '../db/history-repo';
import { useUiStore } from '../state/ui-store';
import { registerAction } from './registry';

export interface MergeArg {
  eventId: string;
  otherId: string;
}

export const mergeEventsAction = registerAction<MergeArg | undefined>({
  id: 'event.merge',
  label: 'Merge',
  toolbar: { group: 'edit', order: 40, text: 'Merge' },
  isEnabled: () => useUiStore.getState().selectedEventIds.length === 2,
  run: async (ctx, arg) => {
    const [eventId, otherId] = arg ? [arg.eventId, arg.otherId] : useUiStore.getState().selectedEventIds;
    if (!eventId || !otherId) return;
    const [a, b] = await ctx.db.events.bulkGet([eventId, otherId]);
    const label = `Merge “${a?.label ?? eventId}” with “${b?.label ?? otherId}”`;
    const { entry } = await recordStep(ctx.db, { actionId: 'event.merge', label }, () => mergeEvents(ctx.db, eventId, otherId));
    useUiStore.getState().select([eventId]);
    return entry ?? undefined;
  },
});

// Edit event: saves the editor's fields of one event; the changed fields are marked edited (and kept through
// re-extraction). Undo writes the old row back.

import type { EventFields } from '../../app/model/event-fields';
import { updateEventFields } from '../db/event-edits-repo';
import { recordStep } from '../db/history-repo';
import { registerAction } from './registry';

export interface EditEventArg {
  eventId: string;
  fields: EventFields;
}

export const editEventAction = registerAction<EditEventArg>({
  id: 'event.edit',
  label: 'Edit event',
  run: async (ctx, { eventId, fields }) => {
    const label = `Edit “${fields.label}”`;
    const { entry } = await recordStep(ctx.db, { actionId: 'event.edit', label }, () => updateEventFields(ctx.db, eventId, fields));
    return entry ?? undefined;
  },
});

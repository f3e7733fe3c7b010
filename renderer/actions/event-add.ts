// Add event: opens the editor for a new event (no argument: from the toolbar; a date: from a double-click on the
// timeline), or stores the event the editor submitted, made by the analyst ("added by the analyst"), and selects it.

import type { EventFields } from '../../app/model/event-fields';
import { addAnalystEvent, newAnalystEventId } from '../db/event-edits-repo';
import { recordStep } from '../db/history-repo';
import { useUiStore } from '../state/ui-store';
import { registerAction } from './registry';

export type AddEventArg = undefined | { start: string } | { fields: EventFields };

export const addEventAction = registerAction<AddEventArg>({
  id: 'event.add',
  label: 'Add event',
  toolbar: { group: 'edit', order: 30, text: '+ Add event' },
  run: async (ctx, arg) => {
    const store = useUiStore.getState();
    if (!arg || !('fields' in arg)) {
      store.openEditor(arg?.start ? { mode: 'add', start: arg.start } : { mode: 'add' });
      return;
    }
    const id = newAnalystEventId();
    const { entry } = await recordStep(ctx.db, { actionId: 'event.add', label: `Add “${arg.fields.label}”` }, () =>
      addAnalystEvent(ctx.db, arg.fields, id),
    );
    store.openEditor(null);
    store.select([id]);
    return entry ?? undefined;
  },
});

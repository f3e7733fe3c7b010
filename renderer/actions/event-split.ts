// Split: detaches one report of a merged event into its own event, for good (recorded as a split pair).

import { splitFromCluster } from '../db/cluster-repo';
import { recordStep } from '../db/history-repo';
import { registerAction } from './registry';

export const splitEventAction = registerAction<string>({
  id: 'event.split',
  label: 'Split',
  run: async (ctx, eventId) => {
    const event = await ctx.db.events.get(eventId);
    const { entry } = await recordStep(ctx.db, { actionId: 'event.split', label: `Split “${event?.label ?? eventId}”` }, () =>
      splitFromCluster(ctx.db, eventId),
    );
    return entry ?? undefined;
  },
});

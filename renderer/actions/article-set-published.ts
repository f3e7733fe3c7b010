// Re-anchoring: sets an article's publication date and re-extracts its events in the worker, which stores the undo
// step in the same transaction (its undo sets the old date and the old events back).

import { REANCHOR_ACTION_ID } from '../db/history-repo';
import { registerAction } from './registry';

export interface SetPublishedArg {
  articleId: string;
  published: string;
}

export const setPublishedAction = registerAction<SetPublishedArg>({
  id: REANCHOR_ACTION_ID,
  label: 'Change publication date',
  run: async (ctx, { articleId, published }) => {
    await ctx.services?.setPublished(articleId, published);
  },
});

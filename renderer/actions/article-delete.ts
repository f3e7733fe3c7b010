// Delete article: removes an article with its events and entities (re-forming the clusters it was in); undoable.

import { deleteArticle } from '../db/articles-repo';
import { recordStep } from '../db/history-repo';
import { useUiStore } from '../state/ui-store';
import { registerAction } from './registry';

export const deleteArticleAction = registerAction<string>({
  id: 'article.delete',
  label: 'Delete article',
  run: async (ctx, articleId) => {
    const article = await ctx.db.articles.get(articleId);
    const eventIds = new Set(await ctx.db.events.where('articleId').equals(articleId).primaryKeys());
    const label = `Delete article “${article?.title ?? articleId}”`;
    const { entry } = await recordStep(ctx.db, { actionId: 'article.delete', label }, () => deleteArticle(ctx.db, articleId));
    const store = useUiStore.getState();
    store.select(store.selectedEventIds.filter((id) => !eventIds.has(id)));
    return entry ?? undefined;
  },
});

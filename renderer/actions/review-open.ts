// Review: opens (or closes) the panel that walks through the flagged events one by one.

import { useUiStore } from '../state/ui-store';
import { registerAction } from './registry';

export const openReviewAction = registerAction({
  id: 'review.open',
  label: 'Review',
  toolbar: { group: 'edit', order: 50 },
  isEnabled: () => useUiStore.getState().hasEvents,
  run: () => {
    const store = useUiStore.getState();
    store.setReview(!store.reviewOpen, 0);
  },
});

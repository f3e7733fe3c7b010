// Next / Previous flagged event in the Review panel: J or ↓, K or ↑.

import { useUiStore } from '../state/ui-store';
import { registerAction } from './registry';
import { reviewing } from './review-verdict';

const move = (by: number) => () => {
  const store = useUiStore.getState();
  store.setReview(true, store.reviewIndex + by);
};

export const nextFlaggedAction = registerAction({ id: 'review.next', label: 'Next', shortcut: 'J', isEnabled: reviewing, run: move(1) });
export const nextFlaggedArrowAction = registerAction({
  id: 'review.nextArrow',
  label: 'Next',
  shortcut: 'ArrowDown',
  isEnabled: reviewing,
  run: move(1),
});
export const previousFlaggedAction = registerAction({
  id: 'review.previous',
  label: 'Previous',
  shortcut: 'K',
  isEnabled: reviewing,
  run: move(-1),
});
export const previousFlaggedArrowAction = registerAction({
  id: 'review.previousArrow',
  label: 'Previous',
  shortcut: 'ArrowUp',
  isEnabled: reviewing,
  run: move(-1),
});

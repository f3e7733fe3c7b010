// Edit (key E in the Review panel): opens the editor on the flagged event.

import { useUiStore } from '../state/ui-store';
import { registerAction } from './registry';
import { reviewCurrentEvent, reviewing } from './review-verdict';

export const reviewEditAction = registerAction({
  id: 'review.edit',
  label: 'Edit',
  shortcut: 'E',
  isEnabled: reviewing,
  run: () => {
    const id = reviewCurrentEvent();
    if (id) useUiStore.getState().openEditor({ mode: 'edit', eventId: id });
  },
});

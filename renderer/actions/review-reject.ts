// Reject (key R in the Review panel): the flagged event is wrong; it stays stored but is drawn as rejected.

import { registerAction } from './registry';
import { recordVerdict, reviewing } from './review-verdict';

export const rejectAction = registerAction<string | undefined>({
  id: 'review.reject',
  label: 'Reject',
  shortcut: 'R',
  isEnabled: reviewing,
  run: (ctx, eventId) => recordVerdict(ctx, 'review.reject', 'rejected', eventId),
});

// Accept (key A in the Review panel): the flagged event is right as it is.

import { registerAction } from './registry';
import { recordVerdict, reviewing } from './review-verdict';

export const acceptAction = registerAction<string | undefined>({
  id: 'review.accept',
  label: 'Accept',
  shortcut: 'A',
  isEnabled: reviewing,
  run: (ctx, eventId) => recordVerdict(ctx, 'review.accept', 'accepted', eventId),
});

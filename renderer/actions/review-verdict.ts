// The review verdicts as one step each: Accept (A) and Reject (R) the event the Review panel shows (or the one
// given), stored as its reviewState (kept through re-extraction) and undoable.

import type { ReviewState } from '../../app/model/event';
import { setReviewState } from '../db/event-edits-repo';
import { recordStep } from '../db/history-repo';
import { useUiStore } from '../state/ui-store';
import type { ActionContext, HistoryEntry } from './action';

/** The event the Review panel currently shows (set by the panel). */
let reviewCurrent: string | null = null;
export function setReviewCurrent(eventId: string | null): void {
  reviewCurrent = eventId;
}
export function reviewCurrentEvent(): string | null {
  return reviewCurrent;
}

export const reviewing = (): boolean => useUiStore.getState().reviewOpen && reviewCurrent !== null && useUiStore.getState().editor === null;

export async function recordVerdict(
  ctx: ActionContext,
  actionId: string,
  state: ReviewState,
  eventId?: string,
): Promise<HistoryEntry | undefined> {
  const id = eventId ?? reviewCurrent;
  if (!id) return undefined;
  const event = await ctx.db.events.get(id);
  const label = `${state === 'accepted' ? 'Accept' : 'Reject'} “${event?.label ?? id}”`;
  const { entry } = await recordStep(ctx.db, { actionId, label }, () => setReviewState(ctx.db, id, state));
  return entry ?? undefined;
}

// Every undoable action through the dispatcher on fake-indexeddb: it changes the database, Undo puts every
// row back exactly as before (all recorded tables compared), and Redo gives the changed state again.

import { isDayCountsCacheRow } from '../../../app/storage/day-count-snapshot';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActionContext } from '../../../renderer/actions/action';
import '../../../renderer/actions/all-actions';
import { redoLatest, runAction, undoLatest } from '../../../renderer/actions/dispatcher';
import { setReviewCurrent } from '../../../renderer/actions/review-verdict';
import { saveImportedArticle } from '../../../renderer/db/articles-repo';
import { RECORDED_TABLES } from '../../../renderer/db/change-recorder';
import type { TimelineDb } from '../../../renderer/db/timeline-db';
import { useUiStore } from '../../../renderer/state/ui-store';
import { setPublicationDate } from '../../../renderer/worker/import-article';
import { freshDb, makeArticle, makeEvent } from './make-records';

let db: TimelineDb;
let ctx: ActionContext;
const notices: string[] = [];

async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of RECORDED_TABLES) out[name] = await db.table(name).toArray();
  out.meta = out.meta!.filter((row) => !isDayCountsCacheRow(row as { key?: unknown })); // the counts cache is not data
  return out;
}

beforeEach(async () => {
  db = freshDb();
  ctx = { db, notify: (message) => notices.push(message) };
  useUiStore.setState({ selectedEventIds: [], editor: null, reviewOpen: false });
  await saveImportedArticle(db, makeArticle({ id: 'a1' }), [makeEvent({ id: 'a1:0', articleId: 'a1' })]);
  // A second outlet's report of the same meeting merges with the first; a third event stands apart.
  await saveImportedArticle(db, makeArticle({ id: 'a2', title: 'Second outlet', importedAt: '2023-09-23T10:00:00.000Z' }), [
    makeEvent({ id: 'a2:0', articleId: 'a2', confidence: 0.8 }),
    makeEvent({
      id: 'a2:1',
      articleId: 'a2',
      type: 'visit',
      label: 'Putin to visit China',
      start: '2023-10-01',
      end: '2023-10-31',
      precision: 'month',
      places: ['China'],
    }),
  ]);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** Runs an action, checks it changed something, that undo restores every row and redo re-applies the change. */
async function expectUndoable(run: () => Promise<unknown>): Promise<void> {
  const before = await snapshot();
  await run();
  const after = await snapshot();
  expect(after).not.toEqual(before);
  expect(await undoLatest(ctx)).toBe(true);
  expect(await snapshot()).toEqual(before);
  expect(await redoLatest(ctx)).toBe(true);
  expect(await snapshot()).toEqual(after);
}

const FIELDS = {
  label: 'Wang Yi and Putin talk',
  type: 'meeting' as const,
  start: '2023-09-20',
  end: '2023-09-21',
  precision: 'day' as const,
  status: 'occurred' as const,
  participants: ['Wang Yi'],
  places: ['Saint Petersburg'],
  notes: 'checked',
};

describe('every action undoes and redoes', () => {
  it('event.edit', async () => {
    await expectUndoable(() => runAction(ctx, 'event.edit', { eventId: 'a1:0', fields: FIELDS }));
  });

  it('event.delete (the cluster it leaves is re-formed)', async () => {
    await expectUndoable(async () => {
      expect(await runAction(ctx, 'event.delete', 'a1:0')).toBe(true);
      expect((await db.events.get('a2:0'))?.clusterSize).toBe(1);
    });
  });

  it('event.add', async () => {
    await expectUndoable(async () => {
      await runAction(ctx, 'event.add', { fields: FIELDS });
      const added = await db.events.filter((event) => event.ruleId === 'analyst').toArray();
      expect(added.map((event) => [event.origin, event.evidence.length])).toEqual([['analyst', 0]]);
      expect(useUiStore.getState().selectedEventIds).toEqual([added[0]!.id]);
    });
  });

  it('event.merge (both sources in one cluster)', async () => {
    await expectUndoable(async () => {
      await runAction(ctx, 'event.merge', { eventId: 'a2:1', otherId: 'a1:0' });
      const members = await db.events.where('clusterId').equals('a1:0').toArray();
      expect(members.map((member) => member.id).sort()).toEqual(['a1:0', 'a2:0', 'a2:1']);
      expect(members.every((member) => member.clusterSize === 3)).toBe(true);
      expect(members.filter((member) => member.clusterLead).length).toBe(1);
      expect(members.every((member) => member.sourcesDisagree)).toBe(true); // October vs 21 September, China vs Saint Petersburg
    });
  });

  it('event.split', async () => {
    await expectUndoable(() => runAction(ctx, 'event.split', 'a2:0'));
  });

  it('article.delete', async () => {
    await expectUndoable(() => runAction(ctx, 'article.delete', 'a2'));
  });

  it('review.accept and review.reject', async () => {
    useUiStore.setState({ reviewOpen: true });
    setReviewCurrent('a1:0');
    await expectUndoable(() => runAction(ctx, 'review.accept'));
    expect((await db.events.get('a1:0'))?.reviewState).toBe('accepted');
    await expectUndoable(() => runAction(ctx, 'review.reject', 'a2:1'));
    setReviewCurrent(null);
  });

  it('article.setPublished (re-anchoring, stored by the worker job)', async () => {
    await expectUndoable(() => setPublicationDate(db, 'a1', '2023-09-25'));
  });

  it('a disabled action does not run, and undo with an empty history reports false', async () => {
    expect(await runAction(ctx, 'review.accept')).toBe(false);
    expect(await undoLatest(ctx)).toBe(false);
  });
});

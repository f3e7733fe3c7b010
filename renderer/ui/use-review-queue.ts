// The Review panel's list: every flagged, not yet reviewed event (one per cluster, its representative), in date
// order, read live so a verdict takes the event off the list. It reads the whole events table, so it only runs
// while the panel is open.

import { useLiveQuery } from 'dexie-react-hooks';
import { needsReview } from '../../app/model/review-flags';
import type { StoredEvent } from '../../app/storage/schema';
import type { TimelineDb } from '../db/timeline-db';

export async function loadReviewQueue(db: TimelineDb): Promise<StoredEvent[]> {
  const flagged = await db.events.filter((event) => event.clusterLead !== false && needsReview(event)).toArray();
  return flagged.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}

export function useReviewQueue(db: TimelineDb, open: boolean): StoredEvent[] | undefined {
  return useLiveQuery(() => (open ? loadReviewQueue(db) : Promise.resolve([])), [db, open]);
}

// "Merge with": a list of other events near the selected one (same stretch of time, other clusters) and a Merge
// button, for merging two events without selecting both on the timeline.

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { StoredEvent } from '../../app/storage/schema';
import type { TimelineDb } from '../db/timeline-db';
import { addDaysIso } from '../lib/iso-date';
import { formatEventDate } from '../lib/format-date';

/** How far before and after the event's dates candidates are looked for. */
const NEAR_DAYS = 90;
const MAX_CANDIDATES = 50;

async function mergeCandidates(db: TimelineDb, event: StoredEvent): Promise<StoredEvent[]> {
  const rows = await db.events
    .where('start')
    .between(addDaysIso(event.start, -NEAR_DAYS), addDaysIso(event.end, NEAR_DAYS), true, true)
    .limit(MAX_CANDIDATES * 4)
    .toArray();
  const own = event.clusterId ?? event.id;
  const leads = rows.filter((row) => (row.clusterId ?? row.id) !== own && row.clusterLead !== false);
  return leads
    .sort((a, b) => (a.type === event.type ? 0 : 1) - (b.type === event.type ? 0 : 1) || a.start.localeCompare(b.start))
    .slice(0, MAX_CANDIDATES);
}

export function MergePicker({ db, event, onMerge }: { db: TimelineDb; event: StoredEvent; onMerge(otherId: string): void }) {
  const candidates = useLiveQuery(() => mergeCandidates(db, event), [db, event]) ?? [];
  const [picked, setPicked] = useState('');
  if (candidates.length === 0) return null;
  const chosen = candidates.some((candidate) => candidate.id === picked) ? picked : '';
  return (
    <section className="merge-picker" aria-label="Merge with another event">
      <div className="field">
        <label htmlFor={`merge-with-${event.id}`}>Merge with</label>
        <select id={`merge-with-${event.id}`} value={chosen} onChange={(e) => setPicked(e.target.value)}>
          <option value="">Choose an event…</option>
          {candidates.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.label} · {formatEventDate(candidate)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" disabled={!chosen} onClick={() => chosen && onMerge(chosen)}>
        Merge
      </button>
    </section>
  );
}

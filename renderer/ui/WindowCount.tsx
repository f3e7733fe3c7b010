// The view bar's count of the events the visible window holds under the current filters and search (drawn events:
// merged reports count once), and how they are drawn (items, or aggregates to zoom into).

import type { LoadedInfo } from '../timeline/TimelineView';
import { formatCount } from '../../app/model/format-count';

export function WindowCount({ loaded, filtered }: { loaded: LoadedInfo; filtered: boolean }) {
  if (loaded.total === undefined) return <span className="window-count muted">Counting…</span>;
  const total = formatCount(loaded.total);
  const noun = loaded.total === 1 ? 'event' : 'events';
  return (
    <span
      className="window-count"
      data-count={loaded.total}
      data-buckets={loaded.buckets ?? 0}
      data-window-start={loaded.window?.start}
      data-window-end={loaded.window?.end}
      title="Events in the visible window"
    >
      {total} {noun} in view{filtered ? ' (filtered)' : ''}
      {loaded.capped ? <span className="muted"> · dense periods grouped: click or zoom to expand</span> : null}
    </span>
  );
}

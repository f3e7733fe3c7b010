// Collapses loaded event rows (a timeline window, an export) to one row per cluster: the stored
// representative when it is among the rows, else the best loaded member. Works on the rows at hand only,
// so a window query never needs a full-table scan. Rows stored before clustering count as their own cluster.

import type { TimelineEvent } from '../model/event';
import { compareRepresentatives } from './representative';

export interface ClusteredFields {
  clusterId?: string;
  clusterSize?: number;
  clusterLead?: boolean;
}

export interface CollapsedEvent<T extends TimelineEvent> {
  event: T;
  /** How many reports (sources) the cluster holds, including ones outside the loaded rows. */
  sourceCount: number;
}

export function collapseClusters<T extends TimelineEvent & ClusteredFields>(rows: readonly T[]): CollapsedEvent<T>[] {
  const chosen = new Map<string, T>();
  for (const row of rows) {
    const key = row.clusterId ?? row.id;
    const current = chosen.get(key);
    const better =
      !current ||
      (row.clusterLead === true && current.clusterLead !== true) ||
      (row.clusterLead === current.clusterLead && compareRepresentatives(row, current) < 0);
    if (better) chosen.set(key, row);
  }
  const keep = new Set(chosen.values());
  // Keep the rows' order (the window query sorts by date).
  return rows.filter((row) => keep.has(row)).map((event) => ({ event, sourceCount: Math.max(1, event.clusterSize ?? 1) }));
}

/** "×2 sources" for a merged cluster, nothing for a single report. */
export function sourcesBadge(sourceCount: number): string | null {
  return sourceCount > 1 ? `×${sourceCount} sources` : null;
}

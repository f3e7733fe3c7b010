// Import progress as plain data: the per-file rows, updated in bulk from buffered worker replies (so a
// 1,000-file import re-renders a few times a second, not thousands of times), and the summary counts
// the progress bar and "Importing 312 of 1,000…" are drawn from.

import type { FileOutcome } from '../worker/messages';

export type ImportRowState = 'queued' | 'reading' | 'extracting' | 'saving' | 'imported' | 'duplicate' | 'failed' | 'cancelled';

export interface ImportRow {
  key: string;
  fileName: string;
  state: ImportRowState;
  message: string;
}

export type RowUpdate = Pick<ImportRow, 'key' | 'state' | 'message'>;

const FINISHED: ReadonlySet<ImportRowState> = new Set(['imported', 'duplicate', 'failed', 'cancelled']);
export const isFinished = (state: ImportRowState): boolean => FINISHED.has(state);

/** The row text of a finished file. */
export function outcomeUpdate(key: string, outcome: FileOutcome): RowUpdate {
  switch (outcome.status) {
    case 'imported': {
      const count = `${outcome.eventCount} event${outcome.eventCount === 1 ? '' : 's'}`;
      return { key, state: 'imported', message: outcome.warnings.length > 0 ? `${count} · ${outcome.warnings.join('; ')}` : count };
    }
    case 'duplicate':
      return { key, state: 'duplicate', message: `already imported (“${outcome.title}”)` };
    case 'failed':
      return { key, state: 'failed', message: outcome.error };
  }
}

/** Applies many updates at once (the last update of a key wins); unchanged rows keep their identity. */
export function applyRowUpdates(rows: readonly ImportRow[], updates: readonly RowUpdate[]): ImportRow[] {
  if (updates.length === 0) return [...rows];
  const latest = new Map(updates.map((update) => [update.key, update]));
  return rows.map((row) => {
    const update = latest.get(row.key);
    if (!update || isFinished(row.state)) return row; // a finished file never goes back to "reading"
    return { ...row, state: update.state, message: update.message };
  });
}

export interface ImportSummary {
  total: number;
  done: number;
  imported: number;
  duplicate: number;
  failed: number;
  cancelled: number;
  running: boolean;
}

export function summarise(rows: readonly ImportRow[]): ImportSummary {
  const summary: ImportSummary = { total: rows.length, done: 0, imported: 0, duplicate: 0, failed: 0, cancelled: 0, running: false };
  for (const row of rows) {
    if (!isFinished(row.state)) continue;
    summary.done += 1;
    if (row.state === 'imported' || row.state === 'duplicate' || row.state === 'failed' || row.state === 'cancelled')
      summary[row.state] += 1;
  }
  summary.running = summary.done < summary.total;
  return summary;
}

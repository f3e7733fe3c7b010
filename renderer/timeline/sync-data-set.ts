// Hands a drawn window to vis-timeline's DataSets, passing only what changed (by signature). vis-timeline measures
// every new item with a forced reflow (about a millisecond each on this machine), so a window of 250 new items in
// one update was one 300-400 ms task on the UI thread (bench:import, right after an import): the changed rows go
// over in chunks, one task each (vis-timeline redraws between them), and a newer window stops an older hand-over.

import type { DataSet } from 'vis-data/peer';

/** Rows handed over per task: about 50 ms of vis-timeline measuring. */
export const ROWS_PER_TASK = 50;

export interface Signed<T> {
  row: T;
  signature: string;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Makes `set` hold exactly `wanted`: removes what is gone at once, then updates the changed rows `perTask` at a
 * time. Resolves true when all went over, false when `stillWanted()` turned false between two chunks.
 */
export async function syncDataSet<T extends { id: string }>(
  set: DataSet<T, 'id'>,
  signatures: Map<string, string>,
  wanted: ReadonlyArray<Signed<T>>,
  stillWanted: () => boolean = () => true,
  perTask = Infinity,
): Promise<boolean> {
  const ids = new Set(wanted.map((entry) => entry.row.id));
  const gone = set
    .getIds()
    .map(String)
    .filter((id) => !ids.has(id));
  set.remove(gone);
  for (const id of gone) signatures.delete(id);
  const changed = wanted.filter((entry) => signatures.get(entry.row.id) !== entry.signature);
  for (let first = 0; first < changed.length; first += perTask) {
    if (first > 0) {
      await nextTask();
      if (!stillWanted()) return false;
    }
    const chunk = changed.slice(first, first + perTask);
    for (const entry of chunk) signatures.set(entry.row.id, entry.signature);
    set.update(chunk.map((entry) => entry.row) as Parameters<typeof set.update>[0]);
  }
  return true;
}

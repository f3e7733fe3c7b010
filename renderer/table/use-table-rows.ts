// Keeps the Table view's rows in step with the database: a preview page first, then every row; after a change
// to the events table (by this page or the extraction worker: Dexie's 'storagemutated' event) the rows are read
// again, but never sooner than twice the last read took after it, so a 100,000-event case being imported into
// is not re-read continuously (useLiveQuery would re-run the full read on every write).

import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import type { TimelineDb } from '../db/timeline-db';
import { loadTableRows, PREVIEW_ROWS, type TableRow } from './table-rows';

export interface LoadedRows {
  rows: TableRow[] | undefined;
  /** False while only the preview is loaded. */
  complete: boolean;
}

const MIN_DELAY_MS = 100;

export function useTableRows(db: TimelineDb): LoadedRows {
  const [loaded, setLoaded] = useState<LoadedRows>({ rows: undefined, complete: false });
  useEffect(() => {
    let alive = true;
    let running = false;
    let dirty = false;
    let lastEnd = 0;
    let lastDuration = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const loadAll = async (): Promise<void> => {
      running = true;
      const started = performance.now();
      try {
        const rows = await loadTableRows(db);
        if (alive) setLoaded({ rows, complete: true });
      } catch (error) {
        console.error('could not load the table rows', error);
      } finally {
        running = false;
        lastEnd = performance.now();
        lastDuration = lastEnd - started;
      }
      if (dirty && alive) schedule();
    };
    const schedule = (): void => {
      dirty = running;
      if (running) return;
      clearTimeout(timer);
      const wait = Math.max(MIN_DELAY_MS, lastEnd + 2 * lastDuration - performance.now());
      timer = setTimeout(() => void loadAll(), wait);
    };
    void loadTableRows(db, PREVIEW_ROWS).then(
      (rows) => alive && setLoaded((current) => (current.complete ? current : { rows, complete: false })),
      (error: unknown) => console.error('could not load the table preview', error),
    );
    void loadAll();
    const prefix = `idb://${db.name}/events/`;
    const onMutated = (parts: ObservabilitySet): void => {
      if (Object.keys(parts).some((part) => part.startsWith(prefix))) schedule();
    };
    Dexie.on('storagemutated', onMutated);
    return () => {
      alive = false;
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onMutated);
    };
  }, [db]);
  return loaded;
}

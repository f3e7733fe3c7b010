// Runs imports, pasted texts and publication-date changes in the extraction worker and keeps the
// per-file progress rows. Worker replies are buffered and applied at most every ROWS_FLUSH_MS, and the
// database-backed views (article list, timeline) are refreshed at most every REFRESH_EVERY_MS during an
// import (never after every file), so a 1,000-file import does not freeze the UI. `onImported` gets the
// date extent of the newly imported events once an import is done (so the timeline can fit them).
// Publication-date changes of one article run one after another, in the order they were made, and
// `settled(articleId)` waits for an article's pending ones (so a delete never races a re-extraction).

import { useCallback, useEffect, useRef, useState } from 'react';
import type { DateWindow } from '../db/queries';
import type { FileToImport } from '../worker/messages';
import { ExtractionWorkerClient, type JobResult } from '../worker/worker-client';
import { applyRowUpdates, isFinished, outcomeUpdate, type ImportRow, type RowUpdate } from './import-progress';
import type { PastedArticle } from './PasteDialog';

interface Callbacks {
  onChanged(): void;
  onImported(extent: DateWindow | null): void;
}

const ROWS_FLUSH_MS = 200;
const REFRESH_EVERY_MS = 2_000;

function mergeExtent(a: DateWindow | null, b: DateWindow | null): DateWindow | null {
  if (!a) return b;
  if (!b) return a;
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}

type Start = (
  client: ExtractionWorkerClient,
  onFile: Parameters<ExtractionWorkerClient['run']>[1],
  onJobId: (jobId: number) => void,
) => Promise<JobResult>;

export function useImporter(callbacks: Callbacks) {
  const [rows, setRows] = useState<ImportRow[]>([]);
  const [busyArticleIds, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [cancelling, setCancelling] = useState(false);
  const clientRef = useRef<ExtractionWorkerClient | null>(null);
  const batchRef = useRef(0);
  const runningJobs = useRef(new Set<number>());
  const buffered = useRef<RowUpdate[]>([]);
  const flushTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastRefresh = useRef(0);
  const unrefreshed = useRef(false);
  const latest = useRef(callbacks);
  latest.current = callbacks;
  const client = (): ExtractionWorkerClient => (clientRef.current ??= new ExtractionWorkerClient());

  const flush = useCallback(() => {
    clearTimeout(flushTimer.current);
    flushTimer.current = undefined;
    const updates = buffered.current;
    buffered.current = [];
    if (updates.length > 0) setRows((previous) => applyRowUpdates(previous, updates));
    if (unrefreshed.current && Date.now() - lastRefresh.current >= REFRESH_EVERY_MS) {
      unrefreshed.current = false;
      lastRefresh.current = Date.now();
      latest.current.onChanged();
    }
  }, []);
  useEffect(() => () => clearTimeout(flushTimer.current), []);

  const queue = useCallback(
    (update: RowUpdate) => {
      buffered.current.push(update);
      flushTimer.current ??= setTimeout(flush, ROWS_FLUSH_MS);
    },
    [flush],
  );

  const runBatch = useCallback(
    async (names: string[], start: Start, failures: ImportRow[] = []) => {
      const batch = ++batchRef.current;
      const key = (index: number): string => `${batch}:${index}`;
      setRows((previous) => [
        ...previous.filter((row) => !isFinished(row.state)),
        ...failures,
        ...names.map((fileName, index) => ({ key: key(index), fileName, state: 'queued' as const, message: '' })),
      ]);
      let extent: DateWindow | null = null;
      let jobId = 0;
      lastRefresh.current = Date.now();
      try {
        const result = await start(
          client(),
          (reply) => {
            if (reply.kind === 'file-progress') return queue({ key: key(reply.index), state: reply.stage, message: '' });
            queue(outcomeUpdate(key(reply.index), reply.outcome));
            if (reply.outcome.status === 'imported') {
              extent = mergeExtent(extent, reply.outcome.extent);
              unrefreshed.current = true;
            }
          },
          (id) => {
            jobId = id;
            runningJobs.current.add(id);
          },
        );
        flush();
        if (result.cancelled) {
          setRows((previous) =>
            previous.map((row) =>
              row.key.startsWith(`${batch}:`) && !isFinished(row.state)
                ? { ...row, state: 'cancelled', message: 'not imported (cancelled)' }
                : row,
            ),
          );
        }
      } catch (error) {
        flush();
        const message = error instanceof Error ? error.message : String(error);
        setRows((previous) =>
          previous.map((row) => (row.key.startsWith(`${batch}:`) && !isFinished(row.state) ? { ...row, state: 'failed', message } : row)),
        );
      }
      runningJobs.current.delete(jobId);
      if (runningJobs.current.size === 0) setCancelling(false);
      unrefreshed.current = false;
      latest.current.onChanged();
      latest.current.onImported(extent);
    },
    [flush, queue],
  );

  const importFiles = useCallback(
    (files: FileToImport[], readErrors: { fileName: string; error: string }[] = []) => {
      const failures = readErrors.map((e, i) => ({
        key: `read-${batchRef.current}-${i}`,
        fileName: e.fileName,
        state: 'failed' as const,
        message: e.error,
      }));
      return runBatch(
        files.map((f) => f.fileName),
        (c, onFile, onJobId) => c.run({ kind: 'import-files', files }, onFile, onJobId),
        failures,
      );
    },
    [runBatch],
  );

  const importPasted = useCallback(
    (pasted: PastedArticle) =>
      runBatch([pasted.title ?? 'Pasted article'], (c, onFile, onJobId) => c.run({ kind: 'import-pasted', ...pasted }, onFile, onJobId)),
    [runBatch],
  );

  /** Stops the running imports after their current batch; what was stored stays. */
  const cancel = useCallback(() => {
    if (runningJobs.current.size === 0) return;
    setCancelling(true);
    for (const jobId of runningJobs.current) clientRef.current?.cancel(jobId);
  }, []);

  const articleWork = useRef(new Map<string, Promise<void>>());

  /** Re-anchors an article after its earlier date changes are done; rejects (with the reason) when it could not. */
  const setPublished = useCallback((articleId: string, published: string): Promise<void> => {
    setBusy((previous) => new Set(previous).add(articleId));
    const earlier = articleWork.current.get(articleId) ?? Promise.resolve();
    const work = earlier
      .catch(() => {}) // an earlier change that failed was reported by its own caller
      .then(async () => {
        await client().run({ kind: 'set-published', articleId, published });
      });
    articleWork.current.set(articleId, work);
    const done = (): void => {
      latest.current.onChanged();
      if (articleWork.current.get(articleId) !== work) return; // a later change is still pending
      articleWork.current.delete(articleId);
      setBusy((previous) => {
        const next = new Set(previous);
        next.delete(articleId);
        return next;
      });
    };
    work.then(done, done);
    return work;
  }, []);

  /** Resolves once the article's pending date changes are done (whether or not they succeeded). */
  const settled = useCallback(
    (articleId: string): Promise<void> => (articleWork.current.get(articleId) ?? Promise.resolve()).catch(() => {}),
    [],
  );

  return { rows, busyArticleIds, cancelling, importFiles, importPasted, setPublished, settled, cancel, clearRows: () => setRows([]) };
}

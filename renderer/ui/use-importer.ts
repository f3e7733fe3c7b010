// Runs imports, pasted texts and publication-date changes in the extraction worker and keeps the
// per-file progress rows. Calls `onChanged` whenever the database changed and `onImported` with the
// date extent of the newly imported events once a batch is done (so the timeline can fit them).

import { useCallback, useRef, useState } from 'react';
import type { DateWindow } from '../db/queries';
import type { FileOutcome, FileToImport } from '../worker/messages';
import { ExtractionWorkerClient } from '../worker/worker-client';
import type { ImportRow } from './ImportStatus';
import type { PastedArticle } from './PasteDialog';

interface Callbacks {
  onChanged(): void;
  onImported(extent: DateWindow | null): void;
}

function mergeExtent(a: DateWindow | null, b: DateWindow | null): DateWindow | null {
  if (!a) return b;
  if (!b) return a;
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}

function outcomeRow(outcome: FileOutcome): Pick<ImportRow, 'state' | 'message'> {
  switch (outcome.status) {
    case 'imported': {
      const count = `${outcome.eventCount} event${outcome.eventCount === 1 ? '' : 's'}`;
      return { state: 'imported', message: outcome.warnings.length > 0 ? `${count} · ${outcome.warnings.join('; ')}` : count };
    }
    case 'duplicate':
      return { state: 'duplicate', message: `already imported (“${outcome.title}”)` };
    case 'failed':
      return { state: 'failed', message: outcome.error };
  }
}

export function useImporter(callbacks: Callbacks) {
  const [rows, setRows] = useState<ImportRow[]>([]);
  const [busyArticleIds, setBusy] = useState<ReadonlySet<string>>(new Set());
  const clientRef = useRef<ExtractionWorkerClient | null>(null);
  const batchRef = useRef(0);
  const latest = useRef(callbacks);
  latest.current = callbacks;
  const client = (): ExtractionWorkerClient => (clientRef.current ??= new ExtractionWorkerClient());

  const runBatch = useCallback(async (names: string[], start: (c: ExtractionWorkerClient, onFile: Parameters<ExtractionWorkerClient['run']>[1]) => Promise<void>, failures: ImportRow[] = []) => {
    const batch = ++batchRef.current;
    const key = (index: number): string => `${batch}:${index}`;
    setRows((previous) => [
      ...previous.filter((row) => row.state === 'queued' || row.state === 'reading' || row.state === 'extracting' || row.state === 'saving'),
      ...failures,
      ...names.map((fileName, index) => ({ key: key(index), fileName, state: 'queued' as const, message: '' })),
    ]);
    let extent: DateWindow | null = null;
    try {
      await start(client(), (reply) => {
        const update: Pick<ImportRow, 'state' | 'message'> = reply.kind === 'file-progress' ? { state: reply.stage, message: '' } : outcomeRow(reply.outcome);
        setRows((previous) => previous.map((row) => (row.key === key(reply.index) ? { ...row, ...update } : row)));
        if (reply.kind === 'file-done') {
          if (reply.outcome.status === 'imported') extent = mergeExtent(extent, reply.outcome.extent);
          latest.current.onChanged();
        }
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setRows((previous) => previous.map((row) => (row.key.startsWith(`${batch}:`) && row.state !== 'imported' ? { ...row, state: 'failed', message } : row)));
    }
    latest.current.onChanged();
    latest.current.onImported(extent);
  }, []);

  const importFiles = useCallback(
    (files: FileToImport[], readErrors: { fileName: string; error: string }[] = []) => {
      const failures = readErrors.map((e, i) => ({ key: `read-${batchRef.current}-${i}`, fileName: e.fileName, state: 'failed' as const, message: e.error }));
      return runBatch(files.map((f) => f.fileName), (c, onFile) => c.run({ kind: 'import-files', files }, onFile), failures);
    },
    [runBatch],
  );

  const importPasted = useCallback(
    (pasted: PastedArticle) => runBatch([pasted.title ?? 'Pasted article'], (c, onFile) => c.run({ kind: 'import-pasted', ...pasted }, onFile)),
    [runBatch],
  );

  const setPublished = useCallback(async (articleId: string, published: string): Promise<void> => {
    setBusy((previous) => new Set(previous).add(articleId));
    try {
      await client().run({ kind: 'set-published', articleId, published });
    } finally {
      setBusy((previous) => {
        const next = new Set(previous);
        next.delete(articleId);
        return next;
      });
      latest.current.onChanged();
    }
  }, []);

  return { rows, busyArticleIds, importFiles, importPasted, setPublished, clearRows: () => setRows([]) };
}

/** Reads dropped or picked File objects into bytes for the worker. */
export async function readFiles(files: readonly File[]): Promise<FileToImport[]> {
  return Promise.all(files.map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

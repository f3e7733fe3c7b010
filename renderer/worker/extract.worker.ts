// The extraction Web Worker: decodes dropped files, extracts their events and stores them in IndexedDB
// in batches (one transaction per batch), so the UI thread stays responsive. Replies with progress for
// every file; a 'cancel' request stops an import after its current batch. (The UI's client cancels, and
// stops files past their time budget, by terminating this worker and starting a fresh one.)

import { openTimelineDb } from '../db/timeline-db';
import { importPastedText, setPublicationDate } from './import-article';
import { importFilesInBatches } from './import-batch';
import type { WorkerReply, WorkerRequest } from './messages';

const db = openTimelineDb();
const post = (reply: WorkerReply): void => postMessage(reply);
const cancelledJobs = new Set<number>();

async function handle(request: WorkerRequest): Promise<void> {
  const { jobId } = request;
  switch (request.kind) {
    case 'import-files': {
      const { files } = request;
      const total = files.length;
      const { cancelled } = await importFilesInBatches(db, files, {
        onStage: (index, stage) => post({ kind: 'file-progress', jobId, index, total, fileName: files[index]!.fileName, stage }),
        onDone: (index, outcome) => post({ kind: 'file-done', jobId, index, total, fileName: files[index]!.fileName, outcome }),
        isCancelled: () => cancelledJobs.has(jobId),
      });
      cancelledJobs.delete(jobId);
      post({ kind: 'job-done', jobId, cancelled });
      return;
    }
    case 'cancel':
      cancelledJobs.add(jobId);
      return;
    case 'import-pasted': {
      const fileName = request.title?.trim() || 'Pasted article';
      const pasted: { text: string; title?: string; published?: string } = { text: request.text };
      if (request.title !== undefined) pasted.title = request.title;
      if (request.published !== undefined) pasted.published = request.published;
      const outcome = await importPastedText(db, pasted, (stage) =>
        post({ kind: 'file-progress', jobId, index: 0, total: 1, fileName, stage }),
      );
      post({ kind: 'file-done', jobId, index: 0, total: 1, fileName, outcome });
      break;
    }
    case 'set-published':
      await setPublicationDate(db, request.articleId, request.published);
      break;
  }
  post({ kind: 'job-done', jobId });
}

addEventListener('message', (message: MessageEvent<WorkerRequest>) => {
  handle(message.data).catch((error: unknown) => {
    post({ kind: 'job-failed', jobId: message.data.jobId, error: error instanceof Error ? error.message : String(error) });
  });
});

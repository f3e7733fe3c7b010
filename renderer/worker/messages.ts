// The typed messages between the UI thread and the extraction worker.
// Requests carry a jobId; every reply names the job (and, for imports, the file) it belongs to.

import type { DateWindow } from '../db/queries';

export interface FileToImport {
  fileName: string;
  bytes: Uint8Array;
}

export type WorkerRequest =
  | { kind: 'import-files'; jobId: number; files: FileToImport[] }
  | { kind: 'import-pasted'; jobId: number; text: string; title?: string; published?: string }
  | { kind: 'set-published'; jobId: number; articleId: string; published: string }
  /** Stops import job `jobId` after its current batch (no reply of its own; that job ends 'cancelled'). */
  | { kind: 'cancel'; jobId: number };

/** The result of importing one file (or one pasted text). */
export type FileOutcome =
  | { status: 'imported'; articleId: string; title: string; eventCount: number; extent: DateWindow | null; warnings: string[] }
  | { status: 'duplicate'; articleId: string; title: string }
  | { status: 'failed'; error: string };

export type WorkerReply =
  | { kind: 'file-progress'; jobId: number; index: number; total: number; fileName: string; stage: 'reading' | 'extracting' | 'saving' }
  | { kind: 'file-done'; jobId: number; index: number; total: number; fileName: string; outcome: FileOutcome }
  | { kind: 'job-done'; jobId: number; cancelled?: boolean }
  | { kind: 'job-failed'; jobId: number; error: string };

// The UI thread's side of the extraction worker: sends a request and resolves when the job is done,
// forwarding per-file progress to a callback. Jobs run in order inside the worker.

import { currentDatabaseName, extractionWorkerName } from '../db/current-database';
import type { WorkerReply, WorkerRequest } from './messages';

type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'jobId'> : never) : never;
type FileReply = Extract<WorkerReply, { kind: 'file-progress' | 'file-done' }>;

export interface JobResult {
  /** True when an import was cancelled before its last batch. */
  cancelled: boolean;
}

interface PendingJob {
  onFile: (reply: FileReply) => void;
  resolve: (result: JobResult) => void;
  reject: (error: Error) => void;
}

export class ExtractionWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, PendingJob>();
  private nextJobId = 1;

  constructor() {
    this.worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: extractionWorkerName(currentDatabaseName()) });
    this.worker.addEventListener('message', (message: MessageEvent<WorkerReply>) => this.receive(message.data));
    this.worker.addEventListener('error', (event) => {
      for (const job of this.pending.values()) job.reject(new Error(event.message || 'the extraction worker crashed'));
      this.pending.clear();
    });
  }

  /**
   * Runs a job in the worker; `onFile` sees every progress and per-file result message, `onJobId` gets
   * the job's id (for `cancel`).
   */
  run(request: Exclude<Request, { kind: 'cancel' }>, onFile: (reply: FileReply) => void = () => {}, onJobId: (jobId: number) => void = () => {}): Promise<JobResult> {
    const jobId = this.nextJobId++;
    onJobId(jobId);
    return new Promise<JobResult>((resolve, reject) => {
      this.pending.set(jobId, { onFile, resolve, reject });
      const message = { ...request, jobId } as WorkerRequest;
      // Hand the file bytes over instead of copying them (each buffer once; shared memory cannot move).
      const buffers = message.kind === 'import-files' ? message.files.map((file) => file.bytes.buffer) : [];
      const transfer = [...new Set(buffers)].filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
      this.worker.postMessage(message, transfer);
    });
  }

  private receive(reply: WorkerReply): void {
    const job = this.pending.get(reply.jobId);
    if (!job) return;
    if (reply.kind === 'file-progress' || reply.kind === 'file-done') job.onFile(reply);
    else {
      this.pending.delete(reply.jobId);
      if (reply.kind === 'job-done') job.resolve({ cancelled: reply.cancelled === true });
      else job.reject(new Error(reply.error));
    }
  }

  /** Asks the worker to stop import job `jobId` after its current batch. */
  cancel(jobId: number): void {
    this.worker.postMessage({ kind: 'cancel', jobId } satisfies WorkerRequest);
  }

  dispose(): void {
    this.worker.terminate();
  }
}

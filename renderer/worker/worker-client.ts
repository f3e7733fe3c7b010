// The UI thread's side of the extraction worker: runs jobs (imports, pasted texts, re-anchoring) in it and
// resolves each when it is done, forwarding per-file progress and outcomes. The client owns the worker's
// life: when the worker crashes, when a file runs past the time budget, or when the user cancels, it
// terminates the worker (so even a file stuck in a slow extraction stops at once), starts a fresh one and
// posts the rest of every unfinished job to it (a worker is started only when a job needs one). The failing
// file is reported by name; files already stored stay stored (each batch is one transaction), the others are
// extracted again.

import { currentDatabaseName, extractionWorkerName } from '../db/current-database';
import type { FileOutcome, FileToImport, WorkerReply, WorkerRequest } from './messages';

type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'jobId'> : never) : never;
export type JobRequest = Exclude<Request, { kind: 'cancel' }>;
export type FileReply = Extract<WorkerReply, { kind: 'file-progress' | 'file-done' }>;

export interface JobResult {
  /** True when an import was cancelled before its last file. */
  cancelled: boolean;
}

/** The part of a Web Worker the client uses (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface WorkerClientOptions {
  createWorker?: () => WorkerLike;
  /** How long one file (or one re-extraction) may take before it is stopped. */
  timeBudgetMs?: number;
}

/** Default time budget of one file's extraction. */
export const DEFAULT_TIME_BUDGET_MS = 90_000;
/** A file (or job) interrupted this often by restarts (another file's failure, a crash) is given up on. */
const MAX_INTERRUPTIONS = 3;

interface Job {
  id: number;
  request: JobRequest;
  onFile: (reply: FileReply) => void;
  resolve: (result: JobResult) => void;
  reject: (error: Error) => void;
  /** Original file indices already finished (import jobs; index 0 for a pasted text). */
  finished: Set<number>;
  /** Original indices the worker started on in the current posting (a single-article job: 0 once posted). */
  started: Set<number>;
  /** Times each original index was interrupted by a restart while started. */
  interruptions: Map<number, number>;
  /** The id the worker knows the current posting by, and its file indices → original indices. */
  postedId: number;
  indexMap: number[];
  /** Cancel was asked while a batch was being saved: stop at the next file the worker starts on. */
  cancelRequested?: boolean;
}

const fileNameOf = (job: Job, index: number): string =>
  job.request.kind === 'import-files'
    ? (job.request.files[index]?.fileName ?? 'file')
    : job.request.kind === 'import-pasted'
      ? job.request.title?.trim() || 'Pasted article'
      : 'article';

function createExtractionWorker(): WorkerLike {
  return new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: extractionWorkerName(currentDatabaseName()) });
}

export class ExtractionWorkerClient {
  /** The running worker; none until a job needs one, and none after a restart that left nothing to do. */
  private worker: WorkerLike | null = null;
  private readonly createWorker: () => WorkerLike;
  private readonly timeBudgetMs: number;
  private readonly jobs = new Map<number, Job>();
  private readonly byPostedId = new Map<number, Job>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The file being read or extracted right now (what a crash is blamed on). */
  private running: { job: Job; index: number } | null = null;
  /** Crashes since the worker last replied: a worker that cannot even start fails the jobs instead of looping. */
  private silentCrashes = 0;
  private nextJobId = 1;
  private nextPostedId = 1;
  /** How many workers were started (for tests and diagnostics). */
  workersStarted = 0;

  constructor(options: WorkerClientOptions = {}) {
    this.createWorker = options.createWorker ?? createExtractionWorker;
    this.timeBudgetMs = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  }

  /** Runs a job; `onFile` sees every progress and per-file result message, `onJobId` gets the id for `cancel`. */
  run(request: JobRequest, onFile: (reply: FileReply) => void = () => {}, onJobId: (jobId: number) => void = () => {}): Promise<JobResult> {
    const id = this.nextJobId++;
    onJobId(id);
    // The job's own list of files: the bytes of each finished file are let go (a restart never posts them again).
    const own: JobRequest = request.kind === 'import-files' ? { ...request, files: [...request.files] } : request;
    return new Promise<JobResult>((resolve, reject) => {
      const job: Job = {
        id,
        request: own,
        onFile,
        resolve,
        reject,
        finished: new Set(),
        started: new Set(),
        interruptions: new Map(),
        postedId: 0,
        indexMap: [],
      };
      this.jobs.set(id, job);
      this.post(job);
    });
  }

  /**
   * Stops job `jobId`; what was stored stays, the other jobs go on. While one of its files is being read or
   * extracted the worker is terminated at once (reaching into that file); while its batch is being saved the
   * worker is asked to stop after it (so a batch just stored is reported as stored), and terminated as soon as
   * it starts on another file.
   */
  cancel(jobId: number): void {
    const job = this.jobs.get(jobId);
    if (!job) return;
    if (this.running?.job === job || job.request.kind !== 'import-files') return this.stopNow(job);
    job.cancelRequested = true;
    this.worker?.postMessage({ kind: 'cancel', jobId: job.postedId });
  }

  private stopNow(job: Job): void {
    this.finish(job);
    job.resolve({ cancelled: true });
    this.restart(null);
  }

  dispose(): void {
    this.clearTimers();
    this.worker?.terminate();
    this.worker = null;
    for (const job of this.jobs.values()) job.reject(new Error('the extraction worker was closed'));
    this.jobs.clear();
    this.byPostedId.clear();
  }

  private currentWorker(): WorkerLike {
    this.worker ??= this.startWorker();
    return this.worker;
  }

  private startWorker(): WorkerLike {
    const worker = this.createWorker();
    this.workersStarted += 1;
    worker.onmessage = (message) => {
      if (worker === this.worker) this.receive(message.data);
    };
    worker.onerror = (event) => {
      if (worker !== this.worker) return;
      event.preventDefault?.();
      this.crashed(event.message || 'the extraction worker crashed');
    };
    return worker;
  }

  /** Posts what is left of `job` to the current worker (all of it the first time). */
  private post(job: Job): void {
    job.postedId = this.nextPostedId++;
    job.started.clear();
    this.byPostedId.set(job.postedId, job);
    const { request } = job;
    if (request.kind === 'import-files') {
      job.indexMap = request.files.map((_file, index) => index).filter((index) => !job.finished.has(index));
      const files: FileToImport[] = job.indexMap.map((index) => request.files[index]!);
      // Copied, not transferred: the client keeps the bytes to post the rest again after a restart.
      this.currentWorker().postMessage({ kind: 'import-files', jobId: job.postedId, files });
      return;
    }
    job.indexMap = [0];
    job.started.add(0);
    this.currentWorker().postMessage({ ...request, jobId: job.postedId } as WorkerRequest);
    // A pasted text reports its stages like a file; a re-extraction has none, so its budget starts now.
    if (request.kind === 'set-published') this.startTimer(job, 0);
  }

  private receive(reply: WorkerReply): void {
    this.silentCrashes = 0;
    const job = this.byPostedId.get(reply.jobId);
    if (!job) return;
    if (reply.kind === 'file-progress' || reply.kind === 'file-done') {
      const index = job.indexMap[reply.index] ?? reply.index;
      if (job.finished.has(index)) return;
      if (reply.kind === 'file-done') this.fileFinished(job, index);
      else if (reply.stage === 'saving') {
        this.stopTimer(job, index);
        if (this.running?.job === job && this.running.index === index) this.running = null;
      } else if (job.cancelRequested) return this.stopNow(job);
      else {
        job.started.add(index);
        this.running = { job, index };
        if (!this.timers.has(`${job.id}:${index}`)) this.startTimer(job, index);
      }
      job.onFile({ ...reply, index, total: this.totalOf(job) });
      return;
    }
    this.finish(job);
    if (reply.kind === 'job-done') job.resolve({ cancelled: reply.cancelled === true });
    else job.reject(new Error(reply.error));
  }

  private totalOf(job: Job): number {
    return job.request.kind === 'import-files' ? job.request.files.length : 1;
  }

  private fileFinished(job: Job, index: number): void {
    job.finished.add(index);
    const { request } = job;
    if (request.kind === 'import-files' && request.files[index])
      request.files[index] = { fileName: request.files[index].fileName, bytes: new Uint8Array(0) };
    this.stopTimer(job, index);
    if (this.running?.job === job && this.running.index === index) this.running = null;
  }

  private finish(job: Job): void {
    this.jobs.delete(job.id);
    this.byPostedId.delete(job.postedId);
    for (const index of job.indexMap) this.stopTimer(job, index);
    if (this.running?.job === job) this.running = null;
  }

  private startTimer(job: Job, index: number): void {
    const seconds = Math.round(this.timeBudgetMs / 1000);
    const what = job.request.kind === 'set-published' ? 're-extraction' : 'extraction';
    const timer = setTimeout(
      () => this.restart({ job, index, error: `${fileNameOf(job, index)}: ${what} took longer than ${seconds} s and was stopped` }),
      this.timeBudgetMs,
    );
    this.timers.set(`${job.id}:${index}`, timer);
  }

  private stopTimer(job: Job, index: number): void {
    clearTimeout(this.timers.get(`${job.id}:${index}`));
    this.timers.delete(`${job.id}:${index}`);
  }

  private clearTimers(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private crashed(message: string): void {
    if (++this.silentCrashes >= MAX_INTERRUPTIONS) {
      for (const job of [...this.jobs.values()]) {
        this.finish(job);
        job.reject(new Error(`the extraction worker keeps failing (${message})`));
      }
    }
    const culprit = this.running;
    const error = (job: Job, index: number): string => `${fileNameOf(job, index)}: the extraction worker crashed (${message})`;
    if (culprit) return this.restart({ ...culprit, error: error(culprit.job, culprit.index) });
    this.restart(null, (job, index) => error(job, index));
  }

  /**
   * Terminates the worker, fails `failed` (the file that timed out or crashed it), starts a fresh worker and
   * posts every unfinished job's remaining work to it. Work interrupted too often fails (with `interrupted`'s message).
   */
  private restart(failed: { job: Job; index: number; error: string } | null, interrupted?: (job: Job, index: number) => string): void {
    if (this.worker) {
      this.worker.onmessage = null;
      this.worker.onerror = null;
      this.worker.terminate();
      this.worker = null; // the next posting starts a fresh one
    }
    this.clearTimers();
    this.running = null;
    if (failed) this.fail(failed.job, failed.index, failed.error);
    const pending = [...this.jobs.values()].sort((a, b) => a.id - b.id);
    for (const job of pending) this.byPostedId.delete(job.postedId);
    for (const job of pending) {
      if (!this.jobs.has(job.id)) continue;
      for (const index of [...job.started].filter((started) => !job.finished.has(started))) {
        const count = (job.interruptions.get(index) ?? 0) + 1;
        job.interruptions.set(index, count);
        if (count >= MAX_INTERRUPTIONS)
          this.fail(job, index, interrupted?.(job, index) ?? `${fileNameOf(job, index)}: stopped after ${count} restarts`);
      }
      if (this.jobs.has(job.id)) this.post(job);
    }
  }

  /** Reports one file (or the whole single-article job) as failed; a job with nothing left is resolved. */
  private fail(job: Job, index: number, error: string): void {
    if (!this.jobs.has(job.id)) return;
    if (job.request.kind === 'set-published') {
      this.finish(job);
      job.reject(new Error(error));
      return;
    }
    this.fileFinished(job, index);
    const outcome: FileOutcome = { status: 'failed', error };
    job.onFile({ kind: 'file-done', jobId: job.id, index, total: this.totalOf(job), fileName: fileNameOf(job, index), outcome });
    if (job.finished.size >= this.totalOf(job)) {
      this.finish(job);
      job.resolve({ cancelled: false });
    }
  }
}

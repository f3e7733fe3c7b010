// The extraction worker client with a fake Worker: a crash fails the file being extracted, a fresh worker is
// started and the rest of the batch goes on; a file past the time budget is stopped with a specific message;
// cancel terminates the worker at once (inside a file) while other jobs go on; re-anchoring is re-posted or fails
// plainly.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileToImport, WorkerReply, WorkerRequest } from '../../../renderer/worker/messages';
import { ExtractionWorkerClient, type FileReply, type WorkerLike } from '../../../renderer/worker/worker-client';

class FakeWorker implements WorkerLike {
  readonly posted: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: WorkerRequest): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(reply: WorkerReply): void {
    this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
  /** The last import job posted: its worker-side id and file names. */
  get lastImport(): { jobId: number; names: string[] } {
    const job = this.posted.filter((m) => m.kind === 'import-files').at(-1);
    if (!job || job.kind !== 'import-files') throw new Error('no import posted');
    return { jobId: job.jobId, names: job.files.map((f) => f.fileName) };
  }
}

const files = (...names: string[]): FileToImport[] => names.map((fileName) => ({ fileName, bytes: new TextEncoder().encode(fileName) }));

function setup(timeBudgetMs = 5_000) {
  const workers: FakeWorker[] = [];
  const client = new ExtractionWorkerClient({
    timeBudgetMs,
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
  });
  const current = (): FakeWorker => workers.at(-1)!;
  return { client, workers, current };
}

/** Replies for worker-side file `index` of the current import: progress then imported. */
function importFile(worker: FakeWorker, index: number): void {
  const { jobId, names } = worker.lastImport;
  const base = { jobId, index, total: names.length, fileName: names[index]! };
  worker.reply({ kind: 'file-progress', ...base, stage: 'reading' });
  worker.reply({ kind: 'file-progress', ...base, stage: 'extracting' });
  worker.reply({ kind: 'file-progress', ...base, stage: 'saving' });
  worker.reply({
    kind: 'file-done',
    ...base,
    outcome: { status: 'imported', articleId: names[index]!, title: names[index]!, eventCount: 1, extent: null, warnings: [] },
  });
}

const outcomes = (replies: FileReply[]): string[] =>
  replies.flatMap((r) =>
    r.kind === 'file-done' ? [`${r.index}:${r.outcome.status === 'failed' ? r.outcome.error : r.outcome.status}`] : [],
  );

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ExtractionWorkerClient', () => {
  it('after a crash reports the file being extracted, starts a fresh worker and imports the rest', async () => {
    const { client, workers, current } = setup();
    const replies: FileReply[] = [];
    const done = client.run({ kind: 'import-files', files: files('a.txt', 'b.txt', 'c.txt', 'd.txt') }, (r) => replies.push(r));
    importFile(current(), 0);
    const first = current();
    first.reply({ kind: 'file-progress', jobId: first.lastImport.jobId, index: 1, total: 4, fileName: 'b.txt', stage: 'extracting' });
    first.crash('out of memory');

    expect(first.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(current().lastImport.names).toEqual(['c.txt', 'd.txt']); // the rest, not the stored or the failed file
    importFile(current(), 0);
    importFile(current(), 1);
    current().reply({ kind: 'job-done', jobId: current().lastImport.jobId });

    await expect(done).resolves.toEqual({ cancelled: false });
    expect(outcomes(replies)).toEqual(['0:imported', '1:b.txt: the extraction worker crashed (out of memory)', '2:imported', '3:imported']);
  });

  it('stops a file that runs past the time budget with a specific message, and the batch goes on', async () => {
    const { client, workers, current } = setup(5_000);
    const replies: FileReply[] = [];
    const done = client.run({ kind: 'import-files', files: files('slow.html', 'good.txt') }, (r) => replies.push(r));
    const first = current();
    first.reply({ kind: 'file-progress', jobId: first.lastImport.jobId, index: 0, total: 2, fileName: 'slow.html', stage: 'reading' });
    vi.advanceTimersByTime(4_000);
    first.reply({ kind: 'file-progress', jobId: first.lastImport.jobId, index: 0, total: 2, fileName: 'slow.html', stage: 'extracting' });
    expect(workers).toHaveLength(1); // still within budget: the budget counts from the start of the file
    vi.advanceTimersByTime(1_001);

    expect(first.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(current().lastImport.names).toEqual(['good.txt']);
    importFile(current(), 0);
    current().reply({ kind: 'job-done', jobId: current().lastImport.jobId });
    await expect(done).resolves.toEqual({ cancelled: false });
    expect(outcomes(replies)).toEqual(['0:slow.html: extraction took longer than 5 s and was stopped', '1:imported']);
  });

  it('ignores late replies of a terminated worker', async () => {
    const { client, current } = setup(1_000);
    const replies: FileReply[] = [];
    void client.run({ kind: 'import-files', files: files('slow.txt') }, (r) => replies.push(r));
    const first = current();
    first.reply({ kind: 'file-progress', jobId: first.lastImport.jobId, index: 0, total: 1, fileName: 'slow.txt', stage: 'reading' });
    vi.advanceTimersByTime(1_001);
    importFile(first, 0); // the old worker answering after it was stopped: not counted
    expect(outcomes(replies)).toEqual(['0:slow.txt: extraction took longer than 1 s and was stopped']);
  });

  it('cancel terminates the worker inside the file being extracted; other queued jobs go on in a fresh worker', async () => {
    const { client, workers, current } = setup();
    let importId = 0;
    const replies: FileReply[] = [];
    const imported = client.run(
      { kind: 'import-files', files: files('big.pdf', 'next.txt') },
      (r) => replies.push(r),
      (id) => (importId = id),
    );
    const reanchored = client.run({ kind: 'set-published', articleId: 'x', published: '2023-09-22' });
    const first = current();
    first.reply({ kind: 'file-progress', jobId: first.lastImport.jobId, index: 0, total: 2, fileName: 'big.pdf', stage: 'extracting' });

    client.cancel(importId);

    await expect(imported).resolves.toEqual({ cancelled: true });
    expect(first.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    const reposted = current().posted;
    expect(reposted.map((m) => m.kind)).toEqual(['set-published']); // the cancelled import is not posted again
    current().reply({ kind: 'job-done', jobId: reposted[0]!.jobId });
    await expect(reanchored).resolves.toEqual({ cancelled: false });
    expect(outcomes(replies)).toEqual([]);
  });

  it('cancel during a batch save lets the batch be reported as stored, then stops before the next file', async () => {
    const { client, workers, current } = setup();
    let importId = 0;
    const replies: FileReply[] = [];
    const imported = client.run(
      { kind: 'import-files', files: files('a.txt', 'b.txt', 'c.txt') },
      (r) => replies.push(r),
      (id) => (importId = id),
    );
    const first = current();
    const { jobId } = first.lastImport;
    first.reply({ kind: 'file-progress', jobId, index: 0, total: 3, fileName: 'a.txt', stage: 'extracting' });
    first.reply({ kind: 'file-progress', jobId, index: 0, total: 3, fileName: 'a.txt', stage: 'saving' });

    client.cancel(importId);
    expect(first.terminated).toBe(false);
    expect(first.posted.at(-1)).toEqual({ kind: 'cancel', jobId });
    first.reply({
      kind: 'file-done',
      jobId,
      index: 0,
      total: 3,
      fileName: 'a.txt',
      outcome: { status: 'imported', articleId: 'a', title: 'a', eventCount: 1, extent: null, warnings: [] },
    });
    first.reply({ kind: 'file-progress', jobId, index: 1, total: 3, fileName: 'b.txt', stage: 'reading' }); // it went on: stop it now

    await expect(imported).resolves.toEqual({ cancelled: true });
    expect(first.terminated).toBe(true);
    expect(workers).toHaveLength(1);
    expect(outcomes(replies)).toEqual(['0:imported']);
  });

  it('a re-anchoring past the budget fails with a plain message; the next job runs in a fresh worker', async () => {
    const { client, workers, current } = setup(2_000);
    const job = client.run({ kind: 'set-published', articleId: 'x', published: '2023-09-22' });
    vi.advanceTimersByTime(2_001);
    await expect(job).rejects.toThrow('article: re-extraction took longer than 2 s and was stopped');
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(1); // nothing else to do: no worker is started until one is needed
    const next = client.run({ kind: 'set-published', articleId: 'x', published: '2023-09-23' });
    expect(workers).toHaveLength(2);
    current().reply({ kind: 'job-done', jobId: current().posted[0]!.jobId });
    await expect(next).resolves.toEqual({ cancelled: false });
  });

  it('passes the worker-side failure of a job on as a rejection', async () => {
    const { client, current } = setup();
    const job = client.run({ kind: 'set-published', articleId: 'gone', published: '2023-09-22' });
    current().reply({ kind: 'job-failed', jobId: current().posted[0]!.jobId, error: 'the article is no longer in the database' });
    await expect(job).rejects.toThrow('no longer in the database');
  });

  it('gives up, with the crash message, on a worker that crashes before it replies at all', async () => {
    const { client, workers, current } = setup();
    const job = client.run({ kind: 'import-files', files: files('a.txt') });
    current().crash('script error');
    current().crash('script error');
    current().crash('script error');
    await expect(job).rejects.toThrow('the extraction worker keeps failing (script error)');
    expect(workers.length).toBeLessThanOrEqual(4);
  });
});

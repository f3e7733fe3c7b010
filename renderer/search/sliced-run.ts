// Runs a long computation written as a generator (it yields at points where it may pause) in slices of a few
// milliseconds, handing the thread back to the event loop between slices, so a worker sees the messages that
// arrived meanwhile; before each slice it asks `stop()` and gives the computation up when told (a newer search
// came in, or the index changed under it). Used by the view-index worker so that a search the analyst has typed past
// is dropped instead of making the next one wait for it.

/** What `runSliced` returns for a computation it gave up. */
export const STOPPED = Symbol('stopped');

export interface SliceOptions {
  /** Work done before handing the thread back (ms). */
  sliceMs?: number;
  /** Hands the thread back until the next task (default: a MessageChannel round, which no timer clamping delays). */
  pause?: () => Promise<void>;
  now?: () => number;
}

/** Resolves in the next task, after the messages already queued for this thread have been handled. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Drives `steps` to its end and returns its value, or STOPPED as soon as `stop()` is true at the start or after a
 * pause. Between pauses it runs for `sliceMs` at least (so a short computation never pauses at all).
 */
export async function runSliced<T>(
  steps: Generator<void, T>,
  stop: () => boolean,
  { sliceMs = 8, pause = nextTask, now = () => performance.now() }: SliceOptions = {},
): Promise<T | typeof STOPPED> {
  if (stop()) return stopped(steps);
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart < sliceMs) continue;
    await pause();
    if (stop()) return stopped(steps);
    sliceStart = now();
  }
}

function stopped(steps: Generator<void, unknown>): typeof STOPPED {
  steps.return(undefined);
  return STOPPED;
}

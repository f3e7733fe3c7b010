// runSliced (renderer/search/sliced-run.ts): a computation under its slice budget runs to its end without pausing;
// a longer one pauses once per spent slice and is given up (its generator closed) as soon as `stop()` says so at a
// pause; a computation already stopped before it starts does no step.

import { describe, expect, it } from 'vitest';
import { nextTask, runSliced, STOPPED } from '../../../renderer/search/sliced-run';

/** Ten steps; each one advances the fake clock by 1 ms. */
function* counting(log: { steps: number; closed: boolean }, clock: { now: number }): Generator<void, string> {
  try {
    for (let i = 0; i < 10; i++) {
      log.steps++;
      clock.now += 1;
      yield;
    }
    return 'done';
  } finally {
    log.closed = true;
  }
}

describe('runSliced', () => {
  it('runs a computation shorter than a slice to its end without pausing', async () => {
    const clock = { now: 0 };
    const log = { steps: 0, closed: false };
    let pauses = 0;
    const pause = async (): Promise<void> => void pauses++;
    expect(await runSliced(counting(log, clock), () => false, { sliceMs: 50, pause, now: () => clock.now })).toBe('done');
    expect(pauses).toBe(0);
    expect(log.steps).toBe(10);
  });

  it('pauses after every spent slice and finishes when never stopped', async () => {
    const clock = { now: 0 };
    const log = { steps: 0, closed: false };
    let pauses = 0;
    const pause = async (): Promise<void> => void pauses++;
    expect(await runSliced(counting(log, clock), () => false, { sliceMs: 3, pause, now: () => clock.now })).toBe('done');
    expect(pauses).toBe(3); // after steps 3, 6 and 9
  });

  it('gives the computation up at the first pause after stop() turns true, closing its generator', async () => {
    const clock = { now: 0 };
    const log = { steps: 0, closed: false };
    let stop = false;
    const pause = async (): Promise<void> => {
      stop = true; // a newer request arrived while the thread was handed back
    };
    const result = await runSliced(counting(log, clock), () => stop, { sliceMs: 2, pause, now: () => clock.now });
    expect(result).toBe(STOPPED);
    expect(log.steps).toBe(2);
    expect(log.closed).toBe(true);
  });

  it('does no step of a computation already stopped', async () => {
    const log = { steps: 0, closed: false };
    expect(await runSliced(counting(log, { now: 0 }), () => true)).toBe(STOPPED);
    expect(log.steps).toBe(0);
  });

  it('hands the thread back until after a message already queued', async () => {
    const order: string[] = [];
    const channel = new MessageChannel();
    const received = new Promise<void>((resolve) => {
      channel.port1.onmessage = () => {
        order.push('message');
        channel.port1.close();
        resolve();
      };
    });
    channel.port2.postMessage(null);
    await nextTask().then(() => order.push('next task'));
    await received;
    expect(order).toEqual(['message', 'next task']);
  });
});

// Complexity guards for the extraction slow paths of issue 9 (not a benchmark: `npm run bench:extract` measures speed).
// Each hostile input is generated here, large, and timed at n and 4n: a linear step takes about 4× as long, a quadratic
// one 16×; the time at 4n is also bounded far below what the quadratic code took (seconds to minutes at these sizes).
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { findTriggers } from '../../../../app/extract/events/find-triggers';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import { splitSentences } from '../../../../app/extract/text/sentences';
import { findTimexes } from '../../../../app/extract/timex';
import { dateDenseText, eventDenseText, noSpaceText, oneLineText } from '../../../bench/hostile-texts';

/** Best of `runs` timings of `step` on `text` (robust to other processes sharing the CPU). */
function bestMs(step: (text: string) => unknown, text: string, runs = 2): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    step(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Times `step` on generated inputs of n and 4n characters; returns the growth ratio and the time at 4n. */
function growth(step: (text: string) => unknown, make: (chars: number) => string, n: number): { ratio: number; largeMs: number } {
  step(make(2000)); // warm-up: module-load lookups and JIT compilation
  const small = Math.max(bestMs(step, make(n), 3), 5);
  const largeMs = bestMs(step, make(4 * n));
  return { ratio: largeMs / small, largeMs };
}

const entities = (text: string): unknown => findEntities(text, splitSentences(text));
const extract = (text: string): unknown => extractArticleEvents({ id: 'hostile', text, published: '2023-09-21' });

describe('extraction stays linear on hostile input', { timeout: 60_000 }, () => {
  it('finds entities in event-dense text without scanning the entities found so far (64 KB → 256 KB)', () => {
    const { ratio, largeMs } = growth(entities, eventDenseText, 64_000);
    expect(ratio).toBeLessThan(10);
    expect(largeMs).toBeLessThan(3000); // was 9.1 s
  });

  it('finds entities in one long line of events (150 KB → 600 KB)', () => {
    const { ratio, largeMs } = growth(entities, oneLineText, 150_000);
    expect(ratio).toBeLessThan(10);
    expect(largeMs).toBeLessThan(5000);
  });

  it('selects non-overlapping timexes in date-dense text (250 KB → 1 MB)', () => {
    const { ratio, largeMs } = growth((text) => findTimexes(text, '2023-09-21'), dateDenseText, 250_000);
    expect(ratio).toBeLessThan(10);
    expect(largeMs).toBeLessThan(8000);
  });

  it('dates and merges the events of date-dense text (200 KB → 800 KB)', { timeout: 60_000 }, () => {
    const { ratio, largeMs } = growth(extract, dateDenseText, 200_000);
    expect(ratio).toBeLessThan(10);
    expect(largeMs).toBeLessThan(10_000); // was about 36 s
  });

  it('merges thousands of events of event-dense text (64 KB → 256 KB)', () => {
    const { ratio, largeMs } = growth(extract, eventDenseText, 64_000);
    expect(ratio).toBeLessThan(10);
    expect(largeMs).toBeLessThan(5000);
  });

  it('extracts from a line without spaces: one sentence, many dates and triggers (100 KB → 400 KB)', () => {
    const { ratio, largeMs } = growth(extract, noSpaceText, 100_000);
    expect(ratio).toBeLessThan(10);
    expect(largeMs).toBeLessThan(5000);
  });

  it('finds triggers in one run-on sentence with overlapping candidates (100 KB → 400 KB)', () => {
    const runOn = (chars: number): string =>
      'the summit meeting with Mr. Putin met talks in Moscow and the Warsaw Pact Summit '.repeat(Math.ceil(chars / 82));
    const { ratio, largeMs } = growth((text) => findTriggers(splitSentences(text)), runOn, 100_000);
    expect(ratio).toBeLessThan(10);
    expect(largeMs).toBeLessThan(4000);
  });

  it('still finds the events of the hostile texts', () => {
    const events = extractArticleEvents({ id: 'h', text: eventDenseText(20_000), published: '2023-09-21' });
    expect(events.length).toBeGreaterThan(100);
    expect(events.some((e) => e.type === 'meeting' && e.participants.length >= 2 && e.places.length >= 1)).toBe(true);
    const dated = extractArticleEvents({ id: 'd', text: dateDenseText(20_000), published: '2023-09-21' });
    expect(dated.filter((e) => e.dateBasis === 'explicit').length).toBeGreaterThan(50);
  });
});

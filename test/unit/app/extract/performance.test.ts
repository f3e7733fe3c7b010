// Complexity guard, not a benchmark (speed is measured by `npm run bench:extract`): run-on input with no
// punctuation and thousands of triggers must stay linear; a quadratic regression takes minutes, not seconds.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

/** Best of several timed batches (mean per run): robust to other processes sharing the CPU. */
function millisecondsFor(text: string, runs: number, batches = 5): number {
  // Warm-up: module-load lookups and JIT compilation are not part of the per-article cost.
  for (let i = 0; i < 20; i++) extractArticleEvents({ id: 'warm', text: text.slice(0, 3000), published: '2023-09-21' });
  let best = Infinity;
  for (let batch = 0; batch < batches; batch++) {
    const started = performance.now();
    for (let i = 0; i < runs; i++) extractArticleEvents({ id: 'p', text, published: '2023-09-21' });
    best = Math.min(best, (performance.now() - started) / runs);
  }
  return best;
}

describe('extraction speed', () => {
  it('stays linear on pathological run-on text', () => {
    const runOn = Array.from({ length: 2000 }, () => 'the meeting with Mr. Putin in Moscow').join(' ');
    const capitalised = Array.from({ length: 2000 }, () => 'Alpha Beta and Gamma of Delta').join(' ') + ' attack.';
    expect(millisecondsFor(runOn, 1, 1)).toBeLessThan(3000);
    expect(millisecondsFor(capitalised, 1, 1)).toBeLessThan(3000);
  });
});

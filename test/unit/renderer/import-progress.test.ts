// Import progress as data: buffered row updates applied in bulk and the summary counts.

import { describe, expect, it } from 'vitest';
import { applyRowUpdates, outcomeUpdate, summarise, type ImportRow } from '../../../renderer/ui/import-progress';

const rows: ImportRow[] = ['a.txt', 'b.txt', 'c.txt'].map((fileName, i) => ({ key: `1:${i}`, fileName, state: 'queued', message: '' }));

describe('applyRowUpdates', () => {
  it('applies the last update of each row, never un-finishes a file, and keeps untouched rows', () => {
    const next = applyRowUpdates(rows, [
      { key: '1:0', state: 'reading', message: '' },
      outcomeUpdate('1:0', { status: 'imported', articleId: 'x', title: 'X', eventCount: 2, extent: null, warnings: [] }),
      outcomeUpdate('1:1', { status: 'failed', error: 'b.txt: not text' }),
    ]);
    expect(next.map((r) => [r.state, r.message])).toEqual([
      ['imported', '2 events'],
      ['failed', 'b.txt: not text'],
      ['queued', ''],
    ]);
    expect(next[2]).toBe(rows[2]);
    expect(applyRowUpdates(next, [{ key: '1:0', state: 'saving', message: '' }])[0]?.state).toBe('imported');
  });
});

describe('summarise', () => {
  it('counts finished files by outcome and says whether the import is still running', () => {
    const next = applyRowUpdates(rows, [
      outcomeUpdate('1:0', { status: 'duplicate', articleId: 'x', title: 'X' }),
      outcomeUpdate('1:1', { status: 'failed', error: 'bad' }),
    ]);
    expect(summarise(next)).toEqual({ total: 3, done: 2, imported: 0, duplicate: 1, failed: 1, cancelled: 0, running: true });
    const all = applyRowUpdates(next, [
      outcomeUpdate('1:2', { status: 'imported', articleId: 'y', title: 'Y', eventCount: 0, extent: null, warnings: [] }),
    ]);
    expect(summarise(all)).toMatchObject({ done: 3, imported: 1, running: false });
  });
});

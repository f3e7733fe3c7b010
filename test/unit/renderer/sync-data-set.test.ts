// Handing a drawn window to vis-timeline's DataSet (renderer/timeline/sync-data-set.ts): only changed rows are
// updated, gone rows removed, big hand-overs split into one update per chunk, and a superseded hand-over stops.

import { DataSet } from 'vis-data/peer';
import { describe, expect, it } from 'vitest';
import { syncDataSet, type Signed } from '../../../renderer/timeline/sync-data-set';

interface Row {
  id: string;
  value: number;
}

const signed = (ids: number[], version = 1): Array<Signed<Row>> =>
  ids.map((n) => ({ row: { id: `r${n}`, value: n * version }, signature: `${n}:${version}` }));

describe('syncDataSet', () => {
  it('updates only changed rows, removes gone ones, one update per chunk', async () => {
    const set = new DataSet<Row, 'id'>();
    const signatures = new Map<string, string>();
    const updates: number[] = [];
    set.on('add', (_event, props) => updates.push(props?.items.length ?? 0));
    set.on('update', (_event, props) => updates.push(props?.items.length ?? 0));
    expect(await syncDataSet(set, signatures, signed([1, 2, 3, 4, 5, 6, 7]), () => true, 3)).toBe(true);
    expect(set.length).toBe(7);
    expect(updates).toEqual([3, 3, 1]);
    updates.length = 0;
    expect(await syncDataSet(set, signatures, [...signed([2, 3]), ...signed([4], 2), ...signed([8])], () => true, 3)).toBe(true);
    expect(set.getIds().sort()).toEqual(['r2', 'r3', 'r4', 'r8']);
    expect(set.get('r4')?.value).toBe(8);
    expect(updates).toEqual([1, 1]); // one chunk: r8 added, r4 updated; r2 and r3 untouched
  });

  it('stops between chunks once a newer window is wanted, and a later sync completes the rest', async () => {
    const set = new DataSet<Row, 'id'>();
    const signatures = new Map<string, string>();
    let chunks = 0;
    set.on('add', () => chunks++);
    expect(await syncDataSet(set, signatures, signed([1, 2, 3, 4, 5]), () => chunks < 1, 2)).toBe(false);
    expect(set.length).toBe(2);
    expect(await syncDataSet(set, signatures, signed([1, 2, 3, 4, 5]))).toBe(true);
    expect(set.getIds().sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
  });
});

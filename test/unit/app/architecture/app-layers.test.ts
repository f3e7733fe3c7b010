// The core's architecture, computed from its imports: no cycle among app/'s folders (ingest ↔ extract was one), nor
// among its sub-folders at any depth (app/ingest ↔ app/ingest/formats was one), no core folder imports the IPC
// contract (app/ipc is for main and the renderer), and app/ imports nothing from renderer/ or main/ and no DOM,
// Node, Electron or React module.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesOf, folderGraph, folderOf, importsUnder } from './import-graph';

const root = path.resolve(__dirname, '../../../..');
const edges = importsUnder(root, 'app');

describe('app/ import graph', () => {
  it('reads a real graph (sanity: the pipeline imports the timex engine, the export imports the model)', () => {
    const graph = folderGraph(edges, 2);
    expect(graph.get('app/extract')?.has('app/model')).toBe(true);
    expect(graph.get('app/export')?.has('app/model')).toBe(true);
    expect(edges.length).toBeGreaterThan(200);
  });

  it('has no cycle among the folders of app/', () => {
    expect(cyclesOf(folderGraph(edges, 2))).toEqual([]);
  });

  it('has no cycle among the sub-folders of app/ at any depth (a folder and its parent count as two folders)', () => {
    expect(cyclesOf(folderGraph(edges, Number.POSITIVE_INFINITY))).toEqual([]);
  });

  it('tells nested folders apart at full depth (the checker itself)', () => {
    const nested = [
      { fromFile: 'app/a/x.ts', specifier: './b/y', toFile: 'app/a/b/y.ts' },
      { fromFile: 'app/a/b/y.ts', specifier: '../z', toFile: 'app/a/z.ts' },
    ];
    expect(cyclesOf(folderGraph(nested, 2))).toEqual([]);
    expect(cyclesOf(folderGraph(nested, Number.POSITIVE_INFINITY))).toEqual([
      'app/a [app/a/x.ts → ./b/y] → app/a/b [app/a/b/y.ts → ../z] → app/a',
    ]);
  });

  it('finds a cycle when there is one (the checker itself)', () => {
    const graph = new Map([
      ['app/a', new Map([['app/b', 'a.ts → ../b/b']])],
      ['app/b', new Map([['app/a', 'b.ts → ../a/a']])],
    ]);
    expect(cyclesOf(graph)).toEqual(['app/a [a.ts → ../b/b] → app/b [b.ts → ../a/a] → app/a']);
  });

  it('never imports the IPC contract from the core folders', () => {
    const offending = edges.filter((edge) => edge.toFile?.startsWith('app/ipc/') && folderOf(edge.fromFile, 2) !== 'app/ipc');
    expect(offending.map((edge) => `${edge.fromFile} → ${edge.specifier}`)).toEqual([]);
  });

  it('imports nothing from renderer/ or main/, and no DOM, Node, Electron or React module', () => {
    const outside = edges.filter((edge) => edge.toFile !== null && !edge.toFile.startsWith('app/'));
    expect(outside.map((edge) => `${edge.fromFile} → ${edge.specifier}`)).toEqual([]);
    const platform = /^(node:|electron|react|react-dom|fs|path|os|child_process|worker_threads|dexie|vis-)/;
    const forbidden = edges.filter((edge) => edge.toFile === null && platform.test(edge.specifier));
    expect(forbidden.map((edge) => `${edge.fromFile} → ${edge.specifier}`)).toEqual([]);
  });
});

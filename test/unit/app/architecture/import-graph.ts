// Reads app/'s own import graph from the source files (static and dynamic imports, re-exports, type imports),
// for the architecture tests: folder-level edges with the files that cause them, and the cycles among them.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ImportEdge {
  fromFile: string; // relative to the repository root, '/'-separated
  specifier: string;
  /** The resolved file for relative specifiers, else null (a package or a Node module). */
  toFile: string | null;
}

const SOURCE = /\.(ts|tsx|mts|cts)$/;
const IMPORT = /(?:^|[\s;])(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

function resolveFile(fromFile: string, specifier: string): string {
  const base = path.join(path.dirname(fromFile), specifier);
  const candidates = [base, ...['.ts', '.tsx', '.d.ts', '.json'].map((ext) => base + ext), path.join(base, 'index.ts')];
  return candidates.find((file) => statSync(file, { throwIfNoEntry: false })?.isFile()) ?? base;
}

/** Every import of every source file under `dir` (a path relative to `root`). */
export function importsUnder(root: string, dir: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(path.join(root, dir))) {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:'"`])\/\/.*$/gm, '$1');
    for (const match of text.matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2])!;
      const toFile = specifier.startsWith('.') ? path.relative(root, resolveFile(file, specifier)).split(path.sep).join('/') : null;
      edges.push({ fromFile: path.relative(root, file).split(path.sep).join('/'), specifier, toFile });
    }
  }
  return edges;
}

/** The folder of a file `depth` levels below the repository root (`app/ingest` for depth 2; its own folder for Infinity). */
export const folderOf = (file: string, depth: number): string =>
  file
    .split('/')
    .slice(0, Math.min(depth, file.split('/').length - 1))
    .join('/');

/** Folder → folders it imports from, with one example file per edge. */
export function folderGraph(edges: readonly ImportEdge[], depth: number): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const edge of edges) {
    if (!edge.toFile) continue;
    const from = folderOf(edge.fromFile, depth);
    const to = folderOf(edge.toFile, depth);
    if (from === to) continue;
    if (!graph.has(from)) graph.set(from, new Map());
    if (!graph.get(from)!.has(to)) graph.get(from)!.set(to, `${edge.fromFile} → ${edge.specifier}`);
  }
  return graph;
}

/** The cycles of a graph as folder paths ("a → b → a"), one per strongly connected component of 2+ folders. */
export function cyclesOf(graph: ReadonlyMap<string, ReadonlyMap<string, string>>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (state.get(next) === 'open') {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        cycles.push(
          loop.map((folder, i) => (i + 1 < loop.length ? `${folder} [${graph.get(folder)!.get(loop[i + 1]!)}]` : folder)).join(' → '),
        );
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

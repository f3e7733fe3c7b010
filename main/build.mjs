// Builds the Electron main process and the sandboxed preload with esbuild:
//   main/main.ts    → dist/main/main.cjs
//   main/preload.ts → dist/main/preload.cjs (ONE CommonJS file: sandboxed preloads cannot require siblings)
// `electron` stays external (provided by the Electron runtime). Usage: node main/build.mjs [--dev]
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isDev = process.argv.includes('--dev');

const shared = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: isDev ? 'inline' : false,
  minify: false,
  logLevel: 'warning',
  absWorkingDir: repoRoot,
};

export async function buildMain() {
  await Promise.all([
    build({ ...shared, entryPoints: ['main/main.ts'], outfile: 'dist/main/main.cjs' }),
    build({ ...shared, entryPoints: ['main/preload.ts'], outfile: 'dist/main/preload.cjs' }),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildMain();
  console.log('built dist/main/main.cjs and dist/main/preload.cjs');
}

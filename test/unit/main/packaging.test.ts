// Packaging: validates electron-builder.yml and packs the app for real (`electron-builder --dir`,
// Linux, against a stand-in Electron distribution since the real binary cannot be downloaded here),
// then lists the app.asar and checks it holds only built output.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../../..');
const requireFromBuilder = createRequire(path.join(repoRoot, 'node_modules', 'electron-builder', 'package.json'));
const electronVersion = (
  JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
).version;

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  files?: string[];
  directories?: { output?: string; buildResources?: string };
  extraMetadata?: { main?: string };
  icon?: string;
  linux?: { target?: string[]; icon?: string };
  win?: { target?: string[] };
  mac?: { target?: string[] };
}

function readConfig(): BuilderConfig {
  const yaml = requireFromBuilder('js-yaml') as { load(text: string): unknown };
  return yaml.load(readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

function run(command: string, args: string[], timeout: number): void {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8', timeout, env: { ...process.env, CI: 'true' } });
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(command)} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** Electron's fuse wire marker (@electron/fuses) and the V1 fuse order. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];
/** Electron's defaults, '1' = on, '0' = off, in FUSES order. */
const DEFAULT_FUSES = '10110001';

/**
 * A stand-in unpacked Electron for linux-x64: the files electron-builder moves around, and an
 * executable carrying a fuse wire with Electron's defaults so electron-builder can flip the fuses.
 */
function fakeElectronDist(dir: string): void {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  mkdirSync(path.join(dir, 'locales'), { recursive: true });
  const script = Buffer.from('#!/bin/sh\necho "stand-in electron"\nexit 0\n');
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, FUSES.length]), Buffer.from(DEFAULT_FUSES)]);
  writeFileSync(path.join(dir, 'electron'), Buffer.concat([script, wire, Buffer.from('\n')]));
  chmodSync(path.join(dir, 'electron'), 0o755);
  writeFileSync(path.join(dir, 'locales', 'en-US.pak'), '');
  writeFileSync(path.join(dir, 'version'), electronVersion);
}

describe('electron-builder.yml', () => {
  const config = readConfig();

  it('names the app and sends installers to release/', () => {
    expect(config.appId).toBe('org.eventtimeline.app');
    expect(config.productName).toBe('Event Timeline');
    expect(config.directories?.output).toBe('release');
  });

  it('packs only built output into an asar whose entry is the bundled main', () => {
    expect(config.asar).toBe(true);
    expect(config.extraMetadata?.main).toBe('dist/main/main.cjs');
    const includes = (config.files ?? []).filter((pattern) => !pattern.startsWith('!'));
    expect(includes.sort()).toEqual(['dist/main/**', 'dist/renderer/**', 'package.json']);
    expect(config.files).toContain('!**/node_modules/**');
  });

  it('builds AppImage and deb for Linux, nsis for Windows, dmg for macOS', () => {
    expect(config.linux?.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('uses icons that exist in assets/', () => {
    for (const icon of [config.icon, config.linux?.icon]) {
      expect(icon).toMatch(/^assets\//);
      expect(existsSync(path.join(repoRoot, icon!))).toBe(true);
    }
  });
});

describe('packed app.asar', () => {
  let workDir: string;
  let asarEntries: string[] = [];
  let packedExecutable: Buffer;

  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'packaging-'));
    run(process.execPath, [path.join(repoRoot, 'main', 'build.mjs')], 30_000);
    if (!existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) {
      run(process.execPath, [path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], 120_000);
    }
    const electronDist = path.join(workDir, 'electron-dist');
    fakeElectronDist(electronDist);
    const output = path.join(workDir, 'release');
    run(
      process.execPath,
      [
        path.join(repoRoot, 'node_modules', 'electron-builder', 'cli.js'),
        '--linux',
        '--x64',
        '--dir',
        '--publish',
        'never',
        `--config.electronVersion=${electronVersion}`,
        `--config.electronDist=${electronDist}`,
        `--config.directories.output=${output}`,
      ],
      90_000,
    );
    packedExecutable = readFileSync(path.join(output, 'linux-unpacked', 'event-timeline'));
    const asar = requireFromBuilder('@electron/asar') as { listPackage(archive: string, options: object): string[] };
    asarEntries = asar
      .listPackage(path.join(output, 'linux-unpacked', 'resources', 'app.asar'), {})
      .map((entry) => entry.replace(/\\/g, '/'));
  }, 180_000);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('holds the bundled main, the preload and the built renderer', () => {
    expect(asarEntries).toEqual(
      expect.arrayContaining(['/package.json', '/dist/main/main.cjs', '/dist/main/preload.cjs', '/dist/renderer/index.html']),
    );
    expect(asarEntries.some((entry) => /^\/dist\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true);
  });

  it('holds no node_modules, tests, sources, corpora or source maps', () => {
    const forbidden = asarEntries.filter(
      (entry) =>
        entry.includes('node_modules') ||
        /^\/(test|app|main|renderer|assets|shared|release)(\/|$)/.test(entry) ||
        entry.includes('corpora') ||
        /\.(ts|tsx|mts|map)$/.test(entry),
    );
    expect(forbidden).toEqual([]);
  });

  it('packs an executable whose Electron fuses are flipped as configured', () => {
    const wireStart = packedExecutable.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2;
    expect(wireStart).toBeGreaterThan(FUSE_SENTINEL.length);
    const fuses = Object.fromEntries(FUSES.map((name, i) => [name, String.fromCharCode(packedExecutable[wireStart + i]!)]));
    expect(fuses).toEqual({
      runAsNode: '0',
      enableCookieEncryption: '1',
      enableNodeOptionsEnvironmentVariable: '0',
      enableNodeCliInspectArguments: '0',
      enableEmbeddedAsarIntegrityValidation: '1',
      onlyLoadAppFromAsar: '1',
      loadBrowserProcessSpecificV8Snapshot: '0',
      grantFileProtocolExtraPrivileges: '0',
    });
  });

  it('holds nothing outside dist/ except package.json', () => {
    expect(asarEntries.filter((entry) => entry !== '/package.json' && entry !== '/dist' && !entry.startsWith('/dist/'))).toEqual([]);
  });
});

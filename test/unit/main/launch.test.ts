// The `npm start` launcher: finds Electron, runs Electron's first-start download once when the binary is
// missing, explains a binary that is still missing, and otherwise runs the binary on the project folder.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureElectronBinary, MISSING_BINARY_MESSAGE, resolveElectronBinary } from '../../../main/launch.mjs';

const repoRoot = path.resolve(__dirname, '../../..');
const launcher = path.join(repoRoot, 'main', 'launch.mjs');

/** Temporary folders of this file, removed when it ends. */
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  made.push(dir);
  return dir;
}

function fakeElectronPackage(options: { pathTxt?: string; withBinary?: boolean }): string {
  const dir = tempDir('electron-pkg');
  if (options.pathTxt !== undefined) writeFileSync(path.join(dir, 'path.txt'), options.pathTxt);
  if (options.withBinary) {
    mkdirSync(path.join(dir, 'dist'), { recursive: true });
    writeFileSync(path.join(dir, 'dist', options.pathTxt || 'electron'), '');
  }
  return dir;
}

describe('resolveElectronBinary', () => {
  it('reports a missing binary (never installed: no path.txt, no dist) with what to do instead', () => {
    const result = resolveElectronBinary({ electronDir: fakeElectronPackage({}), env: {}, platform: 'linux' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('The Electron binary is not installed');
    expect(result.message).toContain('npm run web');
    expect(result.message).toContain('npx install-electron');
  });

  it('reports a missing binary when path.txt exists but the download never finished', () => {
    const result = resolveElectronBinary({ electronDir: fakeElectronPackage({ pathTxt: 'electron' }), env: {}, platform: 'linux' });
    expect(result).toMatchObject({ ok: false });
  });

  it('finds the binary named by path.txt inside dist/', () => {
    const dir = fakeElectronPackage({ pathTxt: 'electron', withBinary: true });
    expect(resolveElectronBinary({ electronDir: dir, env: {}, platform: 'linux' })).toEqual({
      ok: true,
      executable: path.join(dir, 'dist', 'electron'),
    });
  });

  it('uses the platform default name when path.txt is absent', () => {
    const dir = fakeElectronPackage({});
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist', 'electron.exe'), '');
    expect(resolveElectronBinary({ electronDir: dir, env: {}, platform: 'win32' })).toEqual({
      ok: true,
      executable: path.join(dir, 'dist', 'electron.exe'),
    });
    expect(resolveElectronBinary({ electronDir: dir, env: {}, platform: 'linux' }).ok).toBe(false);
  });

  it('respects ELECTRON_OVERRIDE_DIST_PATH, and only it, when set', () => {
    const packageDir = fakeElectronPackage({ pathTxt: 'electron', withBinary: true });
    const override = tempDir('electron-override');
    expect(resolveElectronBinary({ electronDir: packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override }, platform: 'linux' }).ok).toBe(
      false,
    );
    writeFileSync(path.join(override, 'electron'), '');
    expect(resolveElectronBinary({ electronDir: packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override }, platform: 'linux' })).toEqual({
      ok: true,
      executable: path.join(override, 'electron'),
    });
  });
});

describe('ensureElectronBinary', () => {
  it('downloads once when the binary is missing, then finds what the download put in place', () => {
    const dir = fakeElectronPackage({ pathTxt: 'electron' });
    let downloads = 0;
    const result = ensureElectronBinary({
      electronDir: dir,
      env: {},
      platform: 'linux',
      download: () => {
        downloads++;
        mkdirSync(path.join(dir, 'dist'));
        writeFileSync(path.join(dir, 'dist', 'electron'), '');
        return true;
      },
    });
    expect(downloads).toBe(1);
    expect(result).toEqual({ ok: true, executable: path.join(dir, 'dist', 'electron') });
  });

  it('gives the explanation when the download fails, and does not download when the binary is there', () => {
    let downloads = 0;
    const failed = ensureElectronBinary({
      electronDir: fakeElectronPackage({}),
      env: {},
      platform: 'linux',
      download: () => (downloads++, false),
    });
    expect(downloads).toBe(1);
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.message).toContain('npm run web');
    const present = ensureElectronBinary({
      electronDir: fakeElectronPackage({ pathTxt: 'electron', withBinary: true }),
      env: {},
      platform: 'linux',
      download: () => (downloads++, true),
    });
    expect(present.ok).toBe(true);
    expect(downloads).toBe(1);
  });

  it('never downloads into an ELECTRON_OVERRIDE_DIST_PATH folder', () => {
    let downloads = 0;
    const result = ensureElectronBinary({
      electronDir: fakeElectronPackage({}),
      env: { ELECTRON_OVERRIDE_DIST_PATH: tempDir('override') },
      platform: 'linux',
      download: () => (downloads++, true),
    });
    expect(downloads).toBe(0);
    expect(result.ok).toBe(false);
  });
});

describe('main/launch.mjs as a process', () => {
  it('exits 1 with the explanation, and downloads nothing, when the binary is missing', () => {
    const emptyDist = tempDir('no-electron');
    const run = spawnSync(process.execPath, [launcher], {
      cwd: repoRoot,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(MISSING_BINARY_MESSAGE);
    expect(run.stdout + run.stderr).not.toMatch(/Downloading Electron/i);
  });

  it.skipIf(process.platform === 'win32')('runs the binary on the project folder and passes its exit code through', () => {
    const dist = tempDir('fake-electron');
    const record = path.join(dist, 'args.txt');
    const binary = path.join(dist, 'electron');
    writeFileSync(
      binary,
      `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\nprintf '%s' "\${ELECTRON_RUN_AS_NODE:-unset}" >> '${record}'\nexit 3\n`,
    );
    chmodSync(binary, 0o755);
    const run = spawnSync(process.execPath, [launcher, '--inspect-renderer'], {
      cwd: repoRoot,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: dist, ELECTRON_RUN_AS_NODE: '1' },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.status).toBe(3);
    expect(readFileSync(record, 'utf8')).toBe(`${repoRoot}\n--inspect-renderer\nunset`);
  });
});

// `npm start` launcher: finds the Electron binary; when it is missing, runs Electron's own first-start download
// (node_modules/electron/install.js) once, then runs the binary on the project folder. When there is still no
// binary (no internet, as on the build machines) it exits with status 1 and says what to do instead.
// Respects ELECTRON_OVERRIDE_DIST_PATH like electron's own index.js does (and never downloads into it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const MISSING_BINARY_MESSAGE =
  'The Electron binary is not installed and could not be downloaded (it is fetched on first start, and this machine cannot reach the download server). ' +
  'Run `npm run web` to use the same app in your browser, or run `npx install-electron` on a machine with internet.';

/** Executable path inside an Electron dist folder, per platform (what electron writes to path.txt). */
export function defaultExecutableName(platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Resolves the Electron executable the way node_modules/electron/index.js does, minus the download.
 * @returns {{ ok: true, executable: string } | { ok: false, message: string }}
 */
export function resolveElectronBinary({ electronDir, env = process.env, platform = process.platform }) {
  const pathFile = path.join(electronDir, 'path.txt');
  const fromPathFile = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const executableName = fromPathFile || defaultExecutableName(platform);
  const overrideDir = env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = overrideDir ? path.join(overrideDir, executableName) : path.join(electronDir, 'dist', executableName);
  if (!existsSync(executable)) {
    return { ok: false, message: `${MISSING_BINARY_MESSAGE}\n(looked for ${executable})` };
  }
  return { ok: true, executable };
}

/**
 * Resolves the binary, downloading it first when it is missing and no override folder is set.
 * @param {{ electronDir: string, env?: Record<string, string | undefined>, platform?: string, download: () => boolean }} options
 */
export function ensureElectronBinary({ electronDir, env = process.env, platform = process.platform, download }) {
  const first = resolveElectronBinary({ electronDir, env, platform });
  if (first.ok || env.ELECTRON_OVERRIDE_DIST_PATH) return first;
  if (!download()) return first;
  return resolveElectronBinary({ electronDir, env, platform });
}

/** Electron's own first-start download; true when it exited cleanly. */
function downloadWithElectronInstaller(electronDir) {
  console.error('Electron binary not found: downloading it (first start only)…');
  const run = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (run.status === 0) return true;
  // The installer prints a whole stack trace; its first line says what went wrong.
  const reason = (run.stderr ?? '').split('\n').find((line) => line.trim() !== '') ?? run.error?.message ?? 'unknown error';
  console.error(`Download failed: ${reason.trim()}`);
  return false;
}

/** Runs Electron on the project folder; resolves with its exit code. */
export function runElectron(executable, args, env = process.env) {
  const childEnv = { ...env };
  delete childEnv.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [repoRoot, ...args], { stdio: 'inherit', env: childEnv });
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`Could not start Electron (${executable}): ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const electronDir = path.join(repoRoot, 'node_modules', 'electron');
  const resolved = ensureElectronBinary({ electronDir, download: () => downloadWithElectronInstaller(electronDir) });
  if (!resolved.ok) {
    console.error(resolved.message);
    process.exit(1);
  }
  process.exit(await runElectron(resolved.executable, process.argv.slice(2)));
}

// The real entry (main/main.ts) bundled like build.mjs does, run under Node against a fake `electron`
// module: checks the start-up wiring end to end (scheme privileges before ready, sandbox, session
// lock-down, app:// serving dist/renderer, IPC channels, menu, the hardened window loading the app).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNELS, MENU_COMMAND_CHANNEL } from '../../../app/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../../main/csp';
import { createFakeElectron, type FakeElectron } from './fakes/fake-electron';

const repoRoot = path.resolve(__dirname, '../../..');
let fake: FakeElectron;
let outDir: string;
let callsBeforeReady: string[] = [];

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'main-entry-'));
  mkdirSync(path.join(outDir, 'renderer'), { recursive: true });
  writeFileSync(path.join(outDir, 'renderer', 'index.html'), '<!doctype html><title>stand-in bundle</title>');
  const outfile = path.join(outDir, 'main', 'main.cjs');
  await build({
    entryPoints: [path.join(repoRoot, 'main', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
    plugins: [
      {
        name: 'fake-electron',
        setup(pluginBuild) {
          pluginBuild.onResolve({ filter: /^electron$/ }, () => ({ path: 'electron', namespace: 'fake' }));
          pluginBuild.onLoad({ filter: /.*/, namespace: 'fake' }, () => ({
            contents: 'module.exports = globalThis.__fakeElectron;',
            loader: 'js',
          }));
        },
      },
    ],
  });
  fake = createFakeElectron();
  (globalThis as { __fakeElectron?: unknown }).__fakeElectron = fake.module;
  createRequire(import.meta.url)(outfile);
  callsBeforeReady = [...fake.calls];
  fake.becomeReady();
  await fake.settled();
});

describe('main entry', () => {
  it('registers app:// as a privileged standard, secure scheme and enables the sandbox before ready', () => {
    expect(callsBeforeReady).toEqual(expect.arrayContaining(['protocol.registerSchemesAsPrivileged', 'app.enableSandbox']));
    expect(fake.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) },
    ]);
    expect(callsBeforeReady).not.toContain('protocol.handle');
    expect(callsBeforeReady).not.toContain('BrowserWindow');
  });

  it('locks down the default session once ready', () => {
    let granted: boolean | undefined;
    fake.session.permissionRequest?.({}, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);
    let cancel: boolean | undefined;
    fake.session.beforeRequest?.({ url: 'https://example.com/' }, (response) => (cancel = response.cancel));
    expect(cancel).toBe(true);
  });

  it('serves dist/renderer on app://bundle with the CSP header', async () => {
    const handler = fake.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const response = await handler!(new Request('app://bundle/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('stand-in bundle');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await handler!(new Request('app://bundle/..%2fmain%2fmain.cjs'))).status).toBe(403);
  });

  it('registers exactly the contract IPC channels, served for the main window only', async () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    const openArticles = fake.ipcHandlers.get(IPC_CHANNELS.openArticles) as (event: unknown) => Promise<unknown>;
    const contents = fake.windows[0]!.webContents;
    await expect(openArticles({ sender: contents, senderFrame: contents.mainFrame })).resolves.toEqual({ files: [], errors: [] });
    await expect(openArticles({ sender: {}, senderFrame: contents.mainFrame })).rejects.toThrow(/rejected/);
  });

  it('opens one sandboxed window with the bundled preload and loads the app', () => {
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.options.webPreferences?.preload).toBe(path.join(outDir, 'main', 'preload.cjs'));
    expect(window.loadedUrls).toEqual(['app://bundle/index.html']);
  });

  it('installs the menu, whose Import item sends the command to the window', () => {
    const importItem = fake.menuTemplate
      .flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
      .find((item) => item.id === 'import');
    expect(importItem?.accelerator).toBe('CmdOrCtrl+O');
    (importItem?.click as () => void)();
    expect(fake.windows[0]!.sent).toEqual([[MENU_COMMAND_CHANNEL, 'import']]);
  });

  it('guards every WebContents created later', () => {
    const contents = fake.emitWebContentsCreated();
    expect(contents.fire('will-navigate', 'https://evil.example/').defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

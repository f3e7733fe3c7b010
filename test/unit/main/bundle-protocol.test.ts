// The app:// protocol handler: serves files of the bundle folder, refuses anything outside it.
import { mkdtempSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBundleProtocolHandler, installBundleProtocol, resolveBundlePath } from '../../../main/bundle-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../main/csp';

let sandbox: string;
let rootDir: string;
const reads: string[] = [];

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

beforeAll(() => {
  sandbox = realpathSync(mkdtempSync(path.join(tmpdir(), 'bundle-protocol-')));
  rootDir = path.join(sandbox, 'dist', 'renderer');
  mkdirSync(path.join(rootDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rootDir, 'index.html'), '<!doctype html><title>Event Timeline</title>');
  writeFileSync(path.join(rootDir, 'assets', 'app-1a2b.js'), 'console.log("app")');
  writeFileSync(path.join(rootDir, 'assets', 'my file.css'), 'body{}');
  writeFileSync(path.join(sandbox, 'secret.txt'), 'TOP SECRET');
  writeFileSync(path.join(sandbox, 'dist', 'renderer-evil.txt'), 'SIBLING');
  mkdirSync(path.join(sandbox, 'outside-dir'));
  writeFileSync(path.join(sandbox, 'outside-dir', 'leak.txt'), 'SECRET DIR');
  symlinkSync(path.join(sandbox, 'secret.txt'), path.join(rootDir, 'assets', 'linked-secret.txt'));
  symlinkSync(path.join(sandbox, 'outside-dir'), path.join(rootDir, 'linked-dir'));
  symlinkSync(path.join(rootDir, 'index.html'), path.join(rootDir, 'assets', 'home.html'));
});

function handler() {
  return createBundleProtocolHandler({
    rootDir,
    readFile: async (filePath) => {
      reads.push(filePath);
      return fs.readFile(filePath);
    },
  });
}

const get = (url: string) => handler()({ url, method: 'GET' });

describe('bundle protocol handler', () => {
  it('serves index.html for / and for /index.html with its type and the CSP header', async () => {
    for (const url of ['app://bundle/', 'app://bundle/index.html', 'app://bundle']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).toContain('<title>Event Timeline</title>');
    }
  });

  it('serves nested assets, decoding percent-escapes, with the right content type', async () => {
    const script = await get('app://bundle/assets/app-1a2b.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("app")');
    const style = await get('app://bundle/assets/my%20file.css?v=3#x');
    expect(style.status).toBe(200);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 for a missing file inside the bundle', async () => {
    expect((await get('app://bundle/assets/nope.js')).status).toBe(404);
  });

  it.each([
    'app://bundle/..%2f..%2fsecret.txt',
    'app://bundle/assets/..%2F..%2F..%2Fsecret.txt',
    'app://bundle/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://bundle/..%5c..%5csecret.txt',
    'app://bundle/%2fetc%2fpasswd/..%2f..%2f..%2f..%2fsecret.txt',
    'app://bundle/index.html%00.png',
    'app://bundle/%E0%A4%A',
    'app://bundle/..%2frenderer-evil.txt',
  ])('refuses the traversal attempt %s without reading anything outside the bundle', async (url) => {
    reads.length = 0;
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toMatch(/SECRET|SIBLING/);
    expect(reads.every((filePath) => filePath.startsWith(rootDir + path.sep))).toBe(true);
  });

  it('keeps URL-normalised dot segments inside the bundle', async () => {
    // The URL parser already folds /../ away: this asks for /secret.txt inside the bundle, which is absent.
    reads.length = 0;
    const response = await get('app://bundle/assets/../../secret.txt');
    expect(response.status).toBe(404);
    expect(reads).toEqual([]);
  });

  it.each(['app://bundle/assets/linked-secret.txt', 'app://bundle/linked-dir/leak.txt'])(
    'refuses %s, a symbolic link (to a file or a folder) leading out of the bundle, without reading it',
    async (url) => {
      reads.length = 0;
      const response = await get(url);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toMatch(/SECRET/);
      expect(reads).toEqual([]);
    },
  );

  it('serves a symbolic link that stays inside the bundle, reading the real file', async () => {
    reads.length = 0;
    const response = await get('app://bundle/assets/home.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Event Timeline</title>');
    expect(reads).toEqual([path.join(rootDir, 'index.html')]);
  });

  it('refuses URLs with user info, as the origin check does', async () => {
    for (const url of ['app://user:pw@bundle/index.html', 'app://user@bundle/index.html', 'app://:pw@bundle/']) {
      expect((await get(url)).status).toBe(403);
      expect(resolveBundlePath(rootDir, url)).toBeNull();
    }
  });

  it('refuses other hosts, ports and schemes', async () => {
    for (const url of ['app://other/index.html', 'app://bundle:81/index.html', 'file:///etc/passwd', 'https://bundle/index.html']) {
      expect((await get(url)).status).toBe(403);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handler()({ url: 'app://bundle/index.html', method: 'POST' })).status).toBe(405);
    const head = await handler()({ url: 'app://bundle/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('resolveBundlePath maps only into the root folder', () => {
    expect(resolveBundlePath(rootDir, 'app://bundle/assets/app-1a2b.js')).toBe(path.join(rootDir, 'assets', 'app-1a2b.js'));
    expect(resolveBundlePath(rootDir, 'app://bundle/..%2fsecret.txt')).toBeNull();
    expect(resolveBundlePath(rootDir, 'app://bundle/a/')).toBe(path.join(rootDir, 'a', 'index.html'));
  });

  it('installBundleProtocol registers the handler on the app scheme', async () => {
    const registered: { scheme: string; handler: (request: Request) => Response | Promise<Response> }[] = [];
    installBundleProtocol({ handle: (scheme, h) => registered.push({ scheme, handler: h }) }, { rootDir, readFile: (p) => fs.readFile(p) });
    expect(registered.map((r) => r.scheme)).toEqual(['app']);
    const response = await registered[0]!.handler(new Request('app://bundle/index.html'));
    expect(await response.text()).toBe(readFileSync(path.join(rootDir, 'index.html'), 'utf8'));
  });
});

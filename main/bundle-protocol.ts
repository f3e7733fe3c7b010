// Serves the built renderer (dist/renderer/) on the privileged `app://bundle/…` scheme instead of
// file://. Requests are mapped onto the bundle folder; anything that would leave it (`..`, encoded
// separators, absolute paths, NUL bytes, a symbolic link pointing outside) or is not exactly the app's
// origin (another host, a port, user info) is refused. Every response carries the app's
// Content-Security-Policy.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { APP_SCHEME, isAppUrl } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './csp';

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

export interface BundleProtocolOptions {
  /** Absolute path of the built renderer folder (dist/renderer). */
  rootDir: string;
  readFile: ReadFile;
  /** Resolves symbolic links (fs.realpath by default); the served file's real path must lie inside the real root. */
  realpath?: (filePath: string) => Promise<string>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** True when `child` is `root` itself or lies inside it. */
function isInside(root: string, child: string): boolean {
  const fromRoot = path.relative(root, child);
  return fromRoot === '' || (!fromRoot.startsWith('..') && !path.isAbsolute(fromRoot));
}

/**
 * Maps an `app://bundle/…` URL to a file inside `rootDir`, or returns null when the URL is not ours
 * or would escape the folder. `/` maps to index.html.
 */
export function resolveBundlePath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isAppUrl(url)) return null; // the same origin test as navigation and IPC: no other host, port or user info
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  if (relative.split('/').some((segment) => segment === '..')) return null;
  if (!relative.startsWith('/')) relative = `/${relative}`;
  if (relative.endsWith('/')) relative += 'index.html';
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, `.${relative}`);
  if (resolved === root || !isInside(root, resolved)) return null;
  return resolved;
}

/**
 * The real path (symbolic links resolved) of `filePath` when it lies inside the real `rootDir`;
 * 'outside' when a link leads out of the bundle, 'missing' when there is no such file.
 */
export async function realBundlePath(
  rootDir: string,
  filePath: string,
  realpath: (filePath: string) => Promise<string> = fs.realpath,
): Promise<string | 'outside' | 'missing'> {
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(rootDir);
    realFile = await realpath(filePath);
  } catch {
    return 'missing';
  }
  return isInside(realRoot, realFile) && realFile !== realRoot ? realFile : 'outside';
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}

/** The handler for `protocol.handle(APP_SCHEME, …)`. */
export function createBundleProtocolHandler(options: BundleProtocolOptions) {
  return async (request: Pick<Request, 'url' | 'method'>): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const filePath = resolveBundlePath(options.rootDir, request.url);
    if (filePath === null) return textResponse(403, 'Forbidden');
    const realFile = await realBundlePath(options.rootDir, filePath, options.realpath);
    if (realFile === 'outside') return textResponse(403, 'Forbidden');
    if (realFile === 'missing') return textResponse(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await options.readFile(realFile);
    } catch {
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(filePath),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}

export interface ProtocolLike {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

/** Registers the bundle handler on Electron's `protocol` (call after `app.whenReady()`). */
export function installBundleProtocol(protocol: ProtocolLike, options: BundleProtocolOptions): void {
  protocol.handle(APP_SCHEME, createBundleProtocolHandler(options));
}

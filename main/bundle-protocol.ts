// Serves the built renderer (dist/renderer/) on the privileged `app://bundle/…` scheme instead of
// file://. Requests are mapped onto the bundle folder; anything that would leave it (`..`, encoded
// separators, absolute paths, NUL bytes) or names another host is refused. Every response carries
// the app's Content-Security-Policy.
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './csp';

export type ReadFile = (filePath: string) => Promise<Uint8Array>;

export interface BundleProtocolOptions {
  /** Absolute path of the built renderer folder (dist/renderer). */
  rootDir: string;
  readFile: ReadFile;
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
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST || parsed.port !== '') return null;
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
  const fromRoot = path.relative(root, resolved);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return resolved;
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
    let body: Uint8Array;
    try {
      body = await options.readFile(filePath);
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

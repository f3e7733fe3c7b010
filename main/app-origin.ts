// The app's own origin: the renderer is served from `app://bundle/…` (a privileged custom scheme,
// see protocol.ts), and this is the only origin the window may load, navigate to or call IPC from.

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for `protocol.registerSchemesAsPrivileged`: a standard, secure scheme with fetch and workers. `codeCache`
 * lets V8 keep the compiled renderer bundle between launches (Electron caches code only for http(s) otherwise), so a
 * start-up does not compile the renderer's 1 MB of script again.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    allowServiceWorkers: false,
    corsEnabled: false,
    stream: true,
    codeCache: true,
  },
} as const;

/** True when `url` is on the app's own origin (exact scheme and host, no user info or port). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * True for URLs that stay inside the app without touching the network: the app's own origin,
 * blob: URLs minted by the app's own origin (workers, exports) and inline data: URLs.
 */
export function isLocalAppResource(url: string): boolean {
  if (isAppUrl(url)) return true;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  return url.startsWith('data:');
}

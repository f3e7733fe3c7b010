// Locks down the Electron session the window uses: every permission request/check is denied, every
// request to anything but the app's own origin is cancelled (the app is offline by construction),
// and every response gets the app's Content-Security-Policy header.
import { isLocalAppResource } from './app-origin';
import { withContentSecurityPolicy } from './csp';

export interface RequestDetailsLike {
  url: string;
}

export interface HeadersDetailsLike {
  url: string;
  responseHeaders?: Record<string, string[]>;
}

/** The parts of Electron's `Session` this module touches (the real `Session` satisfies it). */
export interface SessionLike {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  webRequest: {
    onBeforeRequest(listener: (details: RequestDetailsLike, callback: (response: { cancel?: boolean }) => void) => void): void;
    onHeadersReceived(
      listener: (
        details: HeadersDetailsLike,
        callback: (response: { cancel?: boolean; responseHeaders?: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
}

export interface SessionSecurityOptions {
  /** Called with each blocked URL (for logging); optional. */
  onBlockedRequest?: (url: string) => void;
}

/** True when a request to `url` may go ahead: only the app's own origin (and its blob:/data: URLs). */
export function isRequestAllowed(url: string): boolean {
  return isLocalAppResource(url);
}

export function installSessionSecurity(session: SessionLike, options: SessionSecurityOptions = {}): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url);
    if (!allowed) options.onBlockedRequest?.(details.url);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}

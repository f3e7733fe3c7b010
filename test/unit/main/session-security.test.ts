// Session lock-down: permissions denied, non-app requests cancelled, CSP header on every response.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../main/csp';
import { installSessionSecurity, type HeadersDetailsLike, type RequestDetailsLike, type SessionLike } from '../../../main/session-security';

type BeforeRequest = (details: RequestDetailsLike, callback: (response: { cancel?: boolean }) => void) => void;
type HeadersReceived = (
  details: HeadersDetailsLike,
  callback: (response: { cancel?: boolean; responseHeaders?: Record<string, string[]> }) => void,
) => void;

function fakeSession() {
  const handlers: {
    permissionRequest?: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    permissionCheck?: (webContents: unknown, permission: string) => boolean;
    beforeRequest?: BeforeRequest;
    headersReceived?: HeadersReceived;
  } = {};
  const session: SessionLike = {
    setPermissionRequestHandler: (handler) => (handlers.permissionRequest = handler),
    setPermissionCheckHandler: (handler) => (handlers.permissionCheck = handler),
    webRequest: {
      onBeforeRequest: (listener) => (handlers.beforeRequest = listener),
      onHeadersReceived: (listener) => (handlers.headersReceived = listener),
    },
  };
  const blocked: string[] = [];
  installSessionSecurity(session, { onBlockedRequest: (url) => blocked.push(url) });
  const decide = (url: string): boolean | undefined => {
    let cancel: boolean | undefined;
    handlers.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
    return cancel;
  };
  const headersFor = (responseHeaders?: Record<string, string[]>) => {
    let result: Record<string, string[]> | undefined;
    handlers.headersReceived?.({ url: 'app://bundle/index.html', responseHeaders }, (response) => (result = response.responseHeaders));
    return result;
  };
  return { handlers, blocked, decide, headersFor };
}

describe('installSessionSecurity', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies the %s permission request',
    (permission) => {
      const { handlers } = fakeSession();
      const answers: boolean[] = [];
      handlers.permissionRequest?.({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
    },
  );

  it('answers every permission check with false', () => {
    const { handlers } = fakeSession();
    expect(handlers.permissionCheck).toBeDefined();
    for (const permission of ['media', 'clipboard-sanitized-write', 'unknown'])
      expect(handlers.permissionCheck?.({}, permission)).toBe(false);
  });

  it.each([
    'https://example.com/tracker.js',
    'http://localhost:5173/',
    'http://127.0.0.1/',
    'ws://localhost:8080/socket',
    'wss://evil.example/',
    'ftp://files.example/',
    'file:///etc/passwd',
    'devtools://devtools/bundled/inspector.html',
    'app://elsewhere/index.html',
    'blob:https://evil.example/0b5a',
  ])('cancels the request to %s and reports it', (url) => {
    const { decide, blocked } = fakeSession();
    expect(decide(url)).toBe(true);
    expect(blocked).toEqual([url]);
  });

  it.each([
    'app://bundle/index.html',
    'app://bundle/assets/worker-3f2a.js',
    'blob:app://bundle/6a1e-42',
    'data:image/png;base64,iVBORw0KGgo=',
  ])('lets the app-local request to %s through', (url) => {
    const { decide, blocked } = fakeSession();
    expect(decide(url)).toBe(false);
    expect(blocked).toEqual([]);
  });

  it('sets the CSP header on a response that had none, keeping other headers', () => {
    const { headersFor } = fakeSession();
    expect(headersFor({ 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
    expect(headersFor(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('replaces a weaker CSP header whatever its letter case', () => {
    const { headersFor } = fakeSession();
    const headers = headersFor({ 'content-security-policy': ["default-src * 'unsafe-eval'"], 'CONTENT-SECURITY-POLICY': ['script-src *'] });
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

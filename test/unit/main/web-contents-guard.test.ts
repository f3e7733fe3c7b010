// Navigation lock, pop-up denial and <webview> refusal on a guarded WebContents.
import { describe, expect, it } from 'vitest';
import { guardWebContents } from '../../../main/web-contents-guard';
import { FakeWebContents } from './fakes/fake-web-contents';

function guarded() {
  const contents = new FakeWebContents();
  const refused: string[] = [];
  guardWebContents(contents, { onRefused: (kind, url) => refused.push(`${kind} ${url}`) });
  return { contents, refused };
}

describe('guardWebContents', () => {
  it('cancels navigation to a remote site and reports it', () => {
    const { contents, refused } = guarded();
    expect(contents.fire('will-navigate', 'https://evil.example/').defaultPrevented).toBe(true);
    expect(refused).toEqual(['navigate https://evil.example/']);
  });

  it('lets the app navigate within its own origin', () => {
    const { contents, refused } = guarded();
    expect(contents.fire('will-navigate', 'app://bundle/index.html#/timeline').defaultPrevented).toBe(false);
    expect(refused).toEqual([]);
  });

  it.each([
    'file:///etc/passwd',
    'http://localhost:5173/',
    'app://other-host/index.html',
    'app://bundle:8080/index.html',
    'app://user@bundle/index.html',
    'javascript:alert(1)',
    'not a url',
  ])('cancels navigation to %s', (url) => {
    const { contents } = guarded();
    expect(contents.fire('will-navigate', url).defaultPrevented).toBe(true);
  });

  it('reads the URL from the second argument when the event does not carry it', () => {
    const { contents } = guarded();
    expect(contents.fireLegacy('will-navigate', 'https://evil.example/').defaultPrevented).toBe(true);
    expect(contents.fireLegacy('will-navigate', 'app://bundle/index.html').defaultPrevented).toBe(false);
  });

  it('cancels a navigation with no URL at all', () => {
    const { contents } = guarded();
    expect(contents.fire('will-navigate').defaultPrevented).toBe(true);
  });

  it('cancels sub-frame navigation away from the app and allows it inside', () => {
    const { contents, refused } = guarded();
    expect(contents.fire('will-frame-navigate', 'https://evil.example/frame').defaultPrevented).toBe(true);
    expect(contents.fire('will-frame-navigate', 'app://bundle/help.html').defaultPrevented).toBe(false);
    expect(refused).toEqual(['frame-navigate https://evil.example/frame']);
  });

  it('cancels redirects away from the app and allows redirects inside it', () => {
    const { contents, refused } = guarded();
    expect(contents.fire('will-redirect', 'https://evil.example/phish').defaultPrevented).toBe(true);
    expect(contents.fire('will-redirect', 'app://bundle/index.html').defaultPrevented).toBe(false);
    expect(refused).toEqual(['redirect https://evil.example/phish']);
  });

  it('denies every window.open, even to the app itself', () => {
    const { contents, refused } = guarded();
    expect(contents.windowOpenHandler).not.toBeNull();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://bundle/index.html' })).toEqual({ action: 'deny' });
    expect(refused).toEqual(['window-open https://evil.example/', 'window-open app://bundle/index.html']);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = guarded();
    expect(contents.fire('will-attach-webview').defaultPrevented).toBe(true);
  });
});

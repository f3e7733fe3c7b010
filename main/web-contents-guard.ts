// Guards a WebContents against leaving the app: navigations (of the main frame and of any sub-frame)
// and redirects to anything but the app's own origin are cancelled, window.open is always denied, and <webview> attachment is refused.
import { isAppUrl } from './app-origin';

export interface PreventableEventLike {
  preventDefault(): void;
  /** Electron ≥ 25 passes the target URL on the event for will-navigate / will-redirect. */
  url?: string;
}

export type NavigationListener = (event: PreventableEventLike, url?: string) => void;

/** The parts of Electron's `WebContents` this module touches (the real one satisfies it). */
export interface GuardedWebContentsLike {
  on(event: 'will-navigate', listener: NavigationListener): unknown;
  on(event: 'will-frame-navigate', listener: NavigationListener): unknown;
  on(event: 'will-redirect', listener: NavigationListener): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEventLike) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export type RefusalKind = 'navigate' | 'frame-navigate' | 'redirect' | 'window-open';

export interface GuardOptions {
  /** Called with each refused URL (navigation, redirect or window.open); optional. */
  onRefused?: (kind: RefusalKind, url: string) => void;
}

export function guardWebContents(contents: GuardedWebContentsLike, options: GuardOptions = {}): void {
  const lockNavigation =
    (kind: Exclude<RefusalKind, 'window-open'>): NavigationListener =>
    (event, urlArgument) => {
      const url = event.url ?? urlArgument ?? '';
      if (isAppUrl(url)) return;
      event.preventDefault();
      options.onRefused?.(kind, url);
    };
  contents.on('will-navigate', lockNavigation('navigate'));
  contents.on('will-frame-navigate', lockNavigation('frame-navigate'));
  contents.on('will-redirect', lockNavigation('redirect'));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler((details) => {
    options.onRefused?.('window-open', details.url);
    return { action: 'deny' };
  });
}

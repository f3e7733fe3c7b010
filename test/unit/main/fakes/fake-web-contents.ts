// A recording stand-in for Electron's WebContents / BrowserWindow / Session, used by the main-process
// tests: listeners are stored by event name and can be fired with a preventable event.
import type { GuardedWebContentsLike, NavigationListener, PreventableEventLike } from '../../../../main/web-contents-guard';

export interface FiredEvent extends PreventableEventLike {
  defaultPrevented: boolean;
}

export function preventableEvent(url?: string): FiredEvent {
  const event: FiredEvent = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
    ...(url === undefined ? {} : { url }),
  };
  return event;
}

export class FakeWebContents implements GuardedWebContentsLike {
  readonly listeners = new Map<string, ((...args: never[]) => void)[]>();
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  readonly mainFrame = { url: 'app://bundle/index.html', parent: null, frameTreeNodeId: 1 };

  on(event: string, listener: NavigationListener | ((event: PreventableEventLike) => void)): this {
    const list = this.listeners.get(event) ?? [];
    list.push(listener as (...args: never[]) => void);
    this.listeners.set(event, list);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  /** Fires `event` the way Electron ≥ 25 does (URL on the event) and returns it. */
  fire(event: string, url?: string): FiredEvent {
    const fired = preventableEvent(url);
    for (const listener of this.listeners.get(event) ?? []) (listener as (event: FiredEvent) => void)(fired);
    return fired;
  }

  /** Fires `event` the legacy way (URL as the second argument, not on the event). */
  fireLegacy(event: string, url: string): FiredEvent {
    const fired = preventableEvent();
    for (const listener of this.listeners.get(event) ?? []) (listener as (event: FiredEvent, url: string) => void)(fired, url);
    return fired;
  }
}

// Access to the Electron preload bridge (`window.desktop`), which is absent in the browser build.

import type { DesktopBridge } from '../app/ipc/contract';

declare global {
  interface Window {
    desktop?: DesktopBridge;
  }
}

/** The desktop bridge when running inside Electron, otherwise null. */
export function desktopBridge(): DesktopBridge | null {
  return typeof window !== 'undefined' && window.desktop ? window.desktop : null;
}

// Decides whether an IPC message may be served: it must come from the main frame of our own window,
// and that frame must be showing the app's own origin. Anything else (a foreign origin, a sub-frame,
// another window, a destroyed or detached frame) is rejected before any handler runs.
import { isAppUrl } from '../app-origin';

/** The parts of Electron's WebFrameMain used here. */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
  frameTreeNodeId: number;
  detached?: boolean;
}

export interface IpcEventLike {
  sender: unknown;
  senderFrame: SenderFrameLike | null;
}

export interface TrustedWindowLike {
  webContents: { mainFrame: { frameTreeNodeId: number } };
}

/**
 * Our window's main frame: the same object, or (wrappers are not guaranteed to be identical) the parentless frame
 * with the main frame's node id.
 */
function isMainFrameOf(frame: SenderFrameLike, window: TrustedWindowLike): boolean {
  const mainFrame = window.webContents.mainFrame;
  if (frame === mainFrame) return true;
  return frame.parent === null && frame.frameTreeNodeId === mainFrame.frameTreeNodeId;
}

/** Returns null when the sender is trusted, otherwise the reason it is not. */
export function untrustedSenderReason(event: IpcEventLike, window: TrustedWindowLike | null): string | null {
  if (window === null) return 'no application window';
  const frame = event.senderFrame;
  if (frame === null || frame.detached === true) return 'sender frame is gone';
  if (event.sender !== window.webContents) return 'sender is not the application window';
  if (!isMainFrameOf(frame, window)) return 'sender is not the main frame';
  if (!isAppUrl(frame.url)) return `sender origin is not the app's own (${frame.url})`;
  return null;
}

// The services the UI hands to actions through ActionContext.services: the timeline, the dialogs and the worker
// jobs. App.tsx builds them; a developer adding an action that needs a new service adds a field here.

import type { DateWindow } from '../db/queries';

export interface TimelineCommands {
  zoomIn(): void;
  zoomOut(): void;
  showWindow(window: DateWindow): void;
  visibleWindow(): DateWindow;
  reload(): void;
}

export interface AppServices {
  timeline(): TimelineCommands | null;
  /** Opens the Import dialog (native in Electron, a file input in the browser). */
  startImport(): Promise<void>;
  openPaste(): void;
  /** Re-anchors an article in the worker; the worker stores the undo step. */
  setPublished(articleId: string, published: string): Promise<void>;
  /** Shows the whole of the stored events. */
  fitAll(): Promise<void>;
}

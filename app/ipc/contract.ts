// The IPC contract between the renderer and the Electron main process, in one place.
// The preload exposes exactly the functions of `DesktopBridge` as `window.desktop`; main registers one
// validated handler per channel. The browser build has no bridge and falls back to web APIs.

/** Invoke channels (renderer → main, with a reply). */
export const IPC_CHANNELS = {
  openArticles: 'articles:open-dialog',
  saveExport: 'export:save-dialog',
} as const;

/** Event channel (main → renderer): menu commands. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

export const MENU_COMMANDS = ['import', 'paste-article', 'export-png', 'export-svg', 'zoom-in', 'zoom-out', 'fit', 'undo', 'redo', 'delete'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const EXPORT_FORMATS = ['png', 'svg'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file the user picked in the native Import dialog, read by main. */
export interface PickedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Files that could not be read (too big, permission denied, ...) are reported, not dropped silently. */
export interface OpenArticlesResult {
  files: PickedFile[];
  errors: { fileName: string; error: string }[];
}

export interface SaveExportRequest {
  format: ExportFormat;
  suggestedName: string;
  bytes: Uint8Array;
}

export interface SaveExportResult {
  saved: boolean;
  filePath?: string;
}

/** Largest file the Import dialog will read, and largest export main will write. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

/** What the preload exposes on `window.desktop`. */
export interface DesktopBridge {
  openArticles(): Promise<OpenArticlesResult>;
  saveExport(request: SaveExportRequest): Promise<SaveExportResult>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Validates the argument of `saveExport` as received by main; returns an error message or null. */
export function validateSaveExportRequest(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'request must be an object';
  const r = value as Record<string, unknown>;
  if (!(EXPORT_FORMATS as readonly unknown[]).includes(r.format)) return 'format must be "png" or "svg"';
  if (typeof r.suggestedName !== 'string' || r.suggestedName.length === 0 || r.suggestedName.length > 200) {
    return 'suggestedName must be a non-empty string of at most 200 characters';
  }
  if (/[\\/\0]/.test(r.suggestedName)) return 'suggestedName must be a bare file name';
  if (!(r.bytes instanceof Uint8Array)) return 'bytes must be a Uint8Array';
  if (r.bytes.byteLength === 0 || r.bytes.byteLength > MAX_EXPORT_BYTES) return 'bytes must be non-empty and at most 200 MB';
  return null;
}

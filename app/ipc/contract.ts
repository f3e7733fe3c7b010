// The IPC contract between the renderer and the Electron main process, in one place.
// The preload exposes exactly the functions of `DesktopBridge` as `window.desktop`; main registers one
// validated handler per channel. The browser build has no bridge and falls back to web APIs.

/** Invoke channels (renderer → main, with a reply). */
export const IPC_CHANNELS = {
  openArticles: 'articles:open-dialog',
  saveExport: 'export:save-dialog',
  /** Prints an exported SVG to PDF with Chromium (webContents.printToPDF) and saves it. */
  printPdf: 'export:print-pdf',
  /** Puts an exported PNG on the system clipboard. */
  copyImage: 'export:copy-image',
  saveBackup: 'case:save-backup-dialog',
  openBackup: 'case:open-backup-dialog',
} as const;

/** Event channel (main → renderer): menu commands. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

export const MENU_COMMANDS = [
  'import',
  'paste-article',
  'export-png',
  'export-svg',
  'export-pdf',
  'export-csv',
  'export-json',
  'zoom-in',
  'zoom-out',
  'fit',
  'new-case',
  'backup-case',
  'restore-case',
  'undo',
  'redo',
  'delete',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'csv', 'json'] as const;
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

/** An exported SVG for main to print to PDF (its size in CSS px gives the page size). */
export interface PrintPdfRequest {
  svg: string;
  suggestedName: string;
  width: number;
  height: number;
}

export interface CopyImageRequest {
  png: Uint8Array;
}

export interface CopyImageResult {
  copied: boolean;
}

/** Largest page side main will print, in CSS px (Chromium's PDF pages stop at 200 inches). */
export const MAX_PDF_PAGE_PX = 19_200;

/** Largest file the Import dialog will read (the core's own limit), and largest export main will write. */
export { MAX_IMPORT_BYTES } from '../ingest/import-limits';
/** Most files, and most bytes in all, that one Import dialog pick reads and sends over IPC in one reply. */
export const MAX_DIALOG_IMPORT_FILES = 10_000;
export const MAX_DIALOG_IMPORT_BYTES = 200 * 1024 * 1024;
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;
/** Largest case backup main will write or read. */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

/** "Back up case…": the backup file's bytes and the name the save dialog suggests (without extension). */
export interface SaveBackupRequest {
  suggestedName: string;
  bytes: Uint8Array;
}

/** "Restore case…": the file the analyst picked, read by main, or nothing when the dialog was cancelled. */
export type OpenBackupResult =
  { canceled: true } | { canceled: false; fileName: string; bytes: Uint8Array } | { canceled: false; fileName: string; error: string };

/** What the preload exposes on `window.desktop`. */
export interface DesktopBridge {
  openArticles(): Promise<OpenArticlesResult>;
  saveExport(request: SaveExportRequest): Promise<SaveExportResult>;
  printPdf(request: PrintPdfRequest): Promise<SaveExportResult>;
  copyImage(request: CopyImageRequest): Promise<CopyImageResult>;
  saveBackup(request: SaveBackupRequest): Promise<SaveExportResult>;
  openBackup(): Promise<OpenBackupResult>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What is wrong with a save dialog's suggested file name, or null. */
function suggestedNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name.length === 0 || name.length > 200)
    return 'suggestedName must be a non-empty string of at most 200 characters';
  if (/[\\/\0]/.test(name)) return 'suggestedName must be a bare file name';
  return null;
}

/** Validates the argument of `saveExport` as received by main; returns an error message or null. */
export function validateSaveExportRequest(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'request must be an object';
  const r = value as Record<string, unknown>;
  if (!(EXPORT_FORMATS as readonly unknown[]).includes(r.format)) return `format must be one of ${EXPORT_FORMATS.join(', ')}`;
  const nameProblem = suggestedNameProblem(r.suggestedName);
  if (nameProblem !== null) return nameProblem;
  if (!(r.bytes instanceof Uint8Array)) return 'bytes must be a Uint8Array';
  if (r.bytes.byteLength === 0 || r.bytes.byteLength > MAX_EXPORT_BYTES) return 'bytes must be non-empty and at most 200 MB';
  return null;
}

/** Validates the argument of `printPdf` as received by main; returns an error message or null. */
export function validatePrintPdfRequest(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'request must be an object';
  const r = value as Record<string, unknown>;
  if (typeof r.svg !== 'string' || !/^\s*(<\?xml[^>]*\?>\s*)?<svg[\s>]/.test(r.svg)) return 'svg must be an SVG document';
  if (r.svg.length > MAX_EXPORT_BYTES) return 'svg must be at most 200 MB';
  const nameProblem = suggestedNameProblem(r.suggestedName);
  if (nameProblem !== null) return nameProblem;
  for (const side of ['width', 'height'] as const) {
    const size = r[side];
    if (typeof size !== 'number' || !Number.isFinite(size) || size < 1 || size > MAX_PDF_PAGE_PX)
      return `${side} must be between 1 and ${MAX_PDF_PAGE_PX} px`;
  }
  return null;
}

/** Validates the argument of `copyImage`: PNG bytes (checked by their signature), at most 200 MB. */
export function validateCopyImageRequest(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'request must be an object';
  const png = (value as Record<string, unknown>).png;
  if (!(png instanceof Uint8Array)) return 'png must be a Uint8Array';
  if (png.byteLength < 8 || png.byteLength > MAX_EXPORT_BYTES) return 'png must be non-empty and at most 200 MB';
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return signature.every((byte, i) => png[i] === byte) ? null : 'png must be a PNG image';
}

/** Validates the argument of `saveBackup` as received by main; returns an error message or null. */
export function validateSaveBackupRequest(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'request must be an object';
  const r = value as Record<string, unknown>;
  const nameProblem = suggestedNameProblem(r.suggestedName);
  if (nameProblem !== null) return nameProblem;
  if (!(r.bytes instanceof Uint8Array)) return 'bytes must be a Uint8Array';
  if (r.bytes.byteLength === 0 || r.bytes.byteLength > MAX_BACKUP_BYTES) return 'bytes must be non-empty and at most 1 GB';
  return null;
}

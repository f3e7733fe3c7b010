// "Export PDF…" in the app: Chromium prints the exported SVG to PDF (webContents.printToPDF), so the PDF keeps
// every label as real, selectable text in the bundled font. The SVG is loaded into a hidden, sandboxed window
// of its own (JavaScript off, no preload, no node) as a data: URL page sized to the drawing, printed with no
// margins, and the window is destroyed; the bytes then go through the ordinary save dialog (save-export.ts).

import type { BrowserWindowConstructorOptions } from 'electron';
import type { PrintPdfRequest } from '../../app/ipc/contract';

/** The parts of a BrowserWindow the printer uses (the real one satisfies it). */
export interface PrintWindowLike {
  loadURL(url: string): Promise<void>;
  webContents: { printToPDF(options: Electron.PrintToPDFOptions): Promise<Buffer | Uint8Array> };
  destroy(): void;
}

export type CreatePrintWindow = (options: BrowserWindowConstructorOptions) => PrintWindowLike;

const CSS_PX_PER_INCH = 96;

export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
};

/** The page printed: the SVG alone on a page exactly its size. */
export function printPageHtml(request: Pick<PrintPdfRequest, 'svg' | 'width' | 'height'>): string {
  const svg = request.svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { size: ${request.width}px ${request.height}px; margin: 0 } ` +
    `html, body { margin: 0; padding: 0 } svg { display: block }</style></head><body>${svg}</body></html>`
  );
}

export function printOptions(request: Pick<PrintPdfRequest, 'width' | 'height'>): Electron.PrintToPDFOptions {
  return {
    printBackground: true,
    preferCSSPageSize: true,
    pageSize: { width: request.width / CSS_PX_PER_INCH, height: request.height / CSS_PX_PER_INCH },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  };
}

/** Prints the request's SVG to PDF bytes in a throwaway hidden window. */
export async function printSvgToPdf(createWindow: CreatePrintWindow, request: PrintPdfRequest): Promise<Uint8Array> {
  const window = createWindow(PRINT_WINDOW_OPTIONS);
  try {
    const html = printPageHtml(request);
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    const pdf = await window.webContents.printToPDF(printOptions(request));
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    window.destroy();
  }
}

// Loads pdf.js lazily and makes it parse in the calling thread: the worker module is imported here and
// registered as `globalThis.pdfjsWorker`, which pdf.js uses instead of spawning a Web Worker or loading a
// worker file by URL. This works the same in Node (vitest, the esbuild-bundled CLI), Electron main and the
// renderer's extraction Web Worker bundled by Vite. The legacy build is used because it runs on Node 20.
// Where the runtime has no DOMMatrix (Node without the optional native canvas package) a small affine
// stand-in is installed first: pdf.js constructs one at load time, and text extraction needs no more.
// Side effect in a Web Worker: pdf.js's worker module, on load, registers its own message handler on the
// worker scope and posts one {sourceName: 'worker', action: 'ready'} message to the page. It reacts only to
// messages addressed to it (targetName 'worker'), so the app's own messages are untouched; the page should
// ignore messages that are not its replies (the extraction worker client does, by job id).

/// <reference path="./pdfjs-worker.d.ts" />
import { ensureDomMatrix } from './affine-matrix';

type PdfJs = typeof import('pdfjs-dist');

let loading: Promise<PdfJs> | null = null;

async function load(): Promise<PdfJs> {
  ensureDomMatrix();
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as PdfJs;
}

/** The pdf.js API, loaded once. */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

// Type of pdf.js's worker module, imported into the same thread (it ships without a declaration file).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

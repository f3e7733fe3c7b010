// Vite build of the renderer (React UI + extraction worker) into dist/renderer, loaded by Electron over
// its app:// protocol and by `npm run web` (vite preview) in a browser. Relative base so both work.

import { defineConfig } from 'vite';

const port = Number(process.env.PORT ?? 5173);

export default defineConfig({
  root: 'renderer',
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2_000,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
});

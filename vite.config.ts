// Vite build of the renderer (React UI + extraction worker) into dist/renderer, loaded by Electron over
// its app:// protocol and by `npm run web` (vite preview) in a browser. Relative base so both work.

import { defineConfig, type Plugin } from 'vite';

const port = Number(process.env.PORT ?? 5173);

/**
 * `vite preview` gzips every response on the fly; the renderer is only ever served to this machine (loopback), where
 * compressing the 1 MB entry bundle costs more than it saves: measured with curl on this 2-core machine, 150 ms per
 * load gzipped against 10 ms plain. Electron's app:// protocol serves the files uncompressed too.
 */
const uncompressedPreview: Plugin = {
  name: 'uncompressed-preview',
  configurePreviewServer(server) {
    server.middlewares.use((request, _response, next) => {
      delete request.headers['accept-encoding'];
      next();
    });
  },
};

/**
 * The application chunk (ui/mount-app.tsx: React, vis-timeline and the UI), which the entry imports while it opens
 * the case, is named in the page as a module preload: the browser fetches and compiles it off the main thread from
 * the start of the page load, instead of from when the entry chunk has run.
 */
const preloadApplicationChunk: Plugin = {
  name: 'preload-application-chunk',
  transformIndexHtml: {
    order: 'post',
    handler(_html, context) {
      const chunk = Object.values(context.bundle ?? {}).find(
        (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/renderer/ui/mount-app.tsx'),
      );
      if (!chunk) return [];
      return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${chunk.fileName}` }, injectTo: 'head' }];
    },
  },
};

export default defineConfig({
  plugins: [uncompressedPreview, preloadApplicationChunk],
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

// Vite build of the renderer (React UI + extraction worker) into dist/renderer, loaded by Electron over
// its app:// protocol and by `npm run web` (vite preview) in a browser. Relative base so both work.

import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const VIS_TIMELINE_ESNEXT = './node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.js';
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
 * the case, is named in the page as a module preload, with the chunks it imports statically and its style sheet: the
 * browser fetches and compiles them off the main thread from the start of the page load, instead of from when the
 * entry chunk has run (the style sheet) or when the application chunk has been parsed (its imports, a second round
 * trip before it can run).
 */
const preloadApplicationChunk: Plugin = {
  name: 'preload-application-chunk',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      const chunk = Object.values(context.bundle ?? {}).find(
        (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith('/renderer/ui/mount-app.tsx'),
      );
      if (!chunk || chunk.type !== 'chunk') return [];
      const scripts = [chunk.fileName, ...chunk.imports].filter((file) => !html.includes(`/${file}"`));
      const styles = [...(chunk.viteMetadata?.importedCss ?? [])];
      return [
        ...scripts.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}` },
          injectTo: 'head' as const,
        })),
        ...styles.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'style', crossorigin: '', href: `./${file}` },
          injectTo: 'head' as const,
        })),
      ];
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
  // vis-timeline and vis-data ship an 'esnext' build beside the 'peer' one the code imports: the same version without
  // the core-js polyfills the peer build carries, which modern Chromium does not need. vis-timeline does not list it in
  // its package exports, hence the file path. Application chunk 949 → 772 KB; bench:timeline first paint at 10,000
  // events, alternating builds on this machine: peer 281/307/309 ms, esnext 260/263/313 ms. Types, unit tests and the
  // bench's plain vis-timeline page keep the peer build.
  resolve: {
    alias: [
      { find: /^vis-timeline\/peer$/, replacement: fileURLToPath(new URL(VIS_TIMELINE_ESNEXT, import.meta.url)) },
      { find: /^vis-data\/peer$/, replacement: 'vis-data/esnext/esm/vis-data.js' },
    ],
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port, strictPort: true },
  preview: { host: '127.0.0.1', port, strictPort: true },
});

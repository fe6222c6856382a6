/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { coreTranslations } from './vite-plugins/core-translations.mjs';
import { firstScreenGroups } from './vite-plugins/first-screen-chunks.mjs';
import { graphqlDocumentImports } from './vite-plugins/graphql-document-imports.mjs';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
// The API is a separate process in development; proxying keeps the SPA same-origin so no CORS setup is needed.
const apiTarget = process.env['PARTRACK_API_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: webRoot,
  cacheDir: `${workspaceRoot}node_modules/.vite/web`,
  plugins: [
    graphqlDocumentImports({ generatedFile: `${webRoot}src/gql/graphql.ts` }),
    react(),
    // The texts of the first screen (login, language switch, error pages) go in the entry chunk; the rest
    // arrives with the signed-in screens (src/app/i18n/app-i18n.ts, checked by core-translations.spec.ts).
    coreTranslations({
      localesDir: `${webRoot}src/i18n/locales`,
      namespaces: ['app', 'language', 'common', 'auth', 'errors'],
    }),
    // Precompressed once at build time at the highest levels; the API serves .br, else .gz, else the file
    // (apps/api/src/static/spa-static.ts), so no CPU is spent compressing per request.
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      // Not the sourcemaps: only devtools fetch them, and brotli 11 on them would triple the build time.
      include: /\.(js|mjs|css|html|svg|json|txt)$/,
      threshold: 1024,
      skipIfLargerOrEqual: true,
    }),
  ],
  resolve: {
    alias: {
      '@web': `${webRoot}src`,
      '@partrack/shared': `${workspaceRoot}libs/shared/src/index.ts`,
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    host: '127.0.0.1',
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true },
      '/health': { target: apiTarget, changeOrigin: true },
      '/files': { target: apiTarget, changeOrigin: true },
      '/public/': { target: apiTarget, changeOrigin: true },
    },
  },
  preview: { port: 4300, host: '127.0.0.1' },
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    sourcemap: true,
    // scripts/bundle-size.mjs reads it to compute what the first screen downloads.
    manifest: true,
    // Reported sizes are what users on provincial networks download; keep the warning honest.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // libs/shared is pure logic without a package.json to say so: without this, constants built at module
      // level (vocabularies, regexps) kept modules nobody used in the entry chunk.
      treeshake: { moduleSideEffects: [{ test: /[\\/]libs[\\/]shared[\\/]src[\\/]/, sideEffects: false }] },
      output: { codeSplitting: { groups: firstScreenGroups } },
    },
  },
  test: {
    // Rooted at the workspace so relative CLI paths (--outputFile=tmp/test-results/web.json) land where the
    // other suites write theirs.
    root: workspaceRoot,
    environment: 'jsdom',
    globals: true,
    setupFiles: [`${webRoot}src/test-setup.ts`],
    include: ['apps/web/src/**/*.spec.{ts,tsx}'],
    css: false,
    // A fresh window and module graph per file cost ~2.5 s of CPU each (jsdom, antd, Apollo, the app's modules):
    // more than the tests themselves in most files. The files of a worker share them instead; test-setup.ts
    // empties the body, the storage and the address between files, and no spec uses vi.mock.
    isolate: false,
    testTimeout: 20000,
  },
});

/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
// The API is a separate process in development; proxying keeps the SPA same-origin so no CORS setup is needed.
const apiTarget = process.env['PARTRACK_API_URL'] ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: webRoot,
  cacheDir: `${workspaceRoot}node_modules/.vite/web`,
  plugins: [react()],
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
    testTimeout: 20000,
  },
});

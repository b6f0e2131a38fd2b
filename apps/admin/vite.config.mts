import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialJsReport } from './initial-js-report.mjs';

const appRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  // Nx runs Vite from the workspace root; the app's index.html lives here.
  root: appRoot,
  base: '/',
  plugins: [react(), initialJsReport()],
  // The panel shares the workflow engine and the business rules with the api (live validation of a
  // definition, the overdue rule), through the workspace's `@berdaya/*` paths.
  resolve: { tsconfigPaths: true },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/admin', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // React changes far less often than ours: its own chunk stays cached across releases. MUI and
        // react-admin are left to the bundler on purpose: grouped, every component of theirs that any
        // page uses was in the first download; split, each lazy page carries the ones it needs.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});

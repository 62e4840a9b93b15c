import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';
import vue from '@vitejs/plugin-vue';
import { caslVueCompat, define, resolveConditions } from './build/build-options.ts';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const ADMIN_PORT = 5173;

function gatewayProxy(): Record<string, ProxyOptions> {
  // Same origin in dev and preview: the refresh cookie is SameSite=Strict and scoped to /graphql.
  const target = `http://127.0.0.1:${process.env['GATEWAY_PORT'] ?? '3000'}`;
  const options: ProxyOptions = { target, xfwd: true };
  // File endpoints (evidence, report documents, task-book workbooks) are REST beside /graphql; `/task-books/:id` itself is an app page.
  return {
    '/graphql': options, '/health': options, '/admin/queues': options, '/evidence': options, '/report-documents': options, '/report-exports': options,
    '^/task-books/[^/]+/(workbook\\.xlsx|template\\.xlsx|import)(\\?.*)?$': options,
  };
}

export default defineConfig({
  root: appRoot,
  plugins: [vue(), caslVueCompat()],
  define,
  resolve: { conditions: resolveConditions },
  optimizeDeps: { exclude: ['@casl/vue'] },
  server: {
    host: process.env['ADMIN_HOST'] ?? '127.0.0.1',
    port: ADMIN_PORT,
    strictPort: true,
    proxy: gatewayProxy(),
  },
  preview: {
    host: process.env['ADMIN_HOST'] ?? '127.0.0.1',
    port: ADMIN_PORT,
    strictPort: true,
    proxy: gatewayProxy(),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Element Plus alone is ~400 kB minified; the default 500 kB warning would fire on every build.
    chunkSizeWarningLimit: 1200,
  },
});

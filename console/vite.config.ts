import { defineConfig } from 'vite';

// The console is served by the ledger's own server at `/` (see src/console-assets/). `npm run build:console`
// writes hashed assets to console/dist; `npm run console:dev` serves it with the API proxied to a ledger on :3000.
export default defineConfig({
  root: __dirname,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      onwarn(warning, warn) {
        // Mantine marks its modules "use client" for React Server Components; a client bundle has no use for it.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '^/(?!src/|@|node_modules/|assets/|compliance|operations|reporting|admin|sign-in|$).*': 'http://localhost:3000' },
  },
});

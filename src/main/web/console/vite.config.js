import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Served by the platform at /console/ from classpath:web/console (see src/main/web/build.mjs).
// `npm run dev` proxies the API to a platform on GRIDGOV_HTTP_PORT (default 8080).
const platform = `http://127.0.0.1:${process.env.GRIDGOV_HTTP_PORT || 8080}`;

export default defineConfig({
  base: '/console/',
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../../../target/classes/web/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      '/api': platform,
      '/login': platform,
      '/logout': platform,
      '/oauth': platform,
      '/tiles': platform,
    },
  },
});

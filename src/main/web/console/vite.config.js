import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import * as icons from '@element-plus/icons-vue';

// A template's <Search /> or <Tickets /> is an Element Plus icon: imported where it is used, like the
// components, instead of registering all 290 icons globally.
const ICON_NAMES = new Set(Object.keys(icons));
const iconResolver = (name) => (ICON_NAMES.has(name) ? { name, from: '@element-plus/icons-vue' } : undefined);

// Served by the platform at /console/ from classpath:web/console (see src/main/web/build.mjs).
// `npm run dev` proxies the API to a platform on GRIDGOV_HTTP_PORT (default 8080).
const platform = `http://127.0.0.1:${process.env.GRIDGOV_HTTP_PORT || 8080}`;

export default defineConfig({
  base: '/console/',
  // Element Plus components and icons are imported where a template uses them (its stylesheet is
  // loaded whole in main.js, so importStyle is off): the entry chunk no longer carries all of them.
  plugins: [vue(), Components({ resolvers: [ElementPlusResolver({ importStyle: false }), iconResolver], dts: false })],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../../../target/classes/web/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 600, // kB: ECharts, the largest chunk, is about 505
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

import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA } from 'vite-plugin-pwa'
import Components from 'unplugin-vue-components/vite'
import { VantResolver } from 'unplugin-vue-components/resolvers'

// Built into the jar: the platform serves classpath:web/field at /app/.
const outDir = fileURLToPath(new URL('../../../../target/classes/web/field', import.meta.url))
const platform = process.env.GRIDGOV_URL || 'http://localhost:8080'

export default defineConfig({
  base: '/app/',
  plugins: [
    vue(),
    // Vant components are imported where a template uses them (the stylesheet is loaded whole in
    // main.js, so importStyle is off): a phone on a slow network no longer loads all of Vant first
    Components({ resolvers: [VantResolver({ importStyle: false })], dts: false }),
    VitePWA({
      // our own service worker: precache plus the Background Sync handler that runs the same sync as the page
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.js',
      injectRegister: false,
      manifestFilename: 'manifest.json',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,png,svg,woff2}'],
        rollupFormat: 'iife'
      },
      manifest: {
        id: '/app/',
        name: '网格通 · 网格员上报',
        short_name: '网格通',
        description: '网格员巡查上报、核查任务与我的网格，离线可用',
        lang: 'zh-CN',
        start_url: '/app/',
        scope: '/app/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#f7f8fa',
        theme_color: '#1989fa',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
        ]
      }
    })
  ],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 400
  },
  server: {
    proxy: { '/api': platform, '/login': platform, '/logout': platform, '/oauth': platform }
  }
})

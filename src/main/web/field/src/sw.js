import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { clientsClaim } from 'workbox-core'
import { syncAll } from './sync/engine.js'

// The app shell is precached, so the app opens with no network at all; the API is never cached here
// (the queue in IndexedDB is the offline store, and the server's answers must be fresh).
self.skipWaiting()
clientsClaim()
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()
registerRoute(new NavigationRoute(createHandlerBoundToURL('/app/index.html'), { allowlist: [/^\/app\//] }))

export const SYNC_TAG = 'gridgov-sync'

async function syncAndTell() {
  const result = await syncAll()
  const pages = await self.clients.matchAll({ type: 'window' })
  pages.forEach((page) => page.postMessage({ type: 'synced', result }))
  if (result.outcome === 'offline') {
    // Background Sync tries again later when the handler fails
    throw new Error('still offline')
  }
}

self.addEventListener('sync', (event) => {
  if (event.tag === SYNC_TAG) event.waitUntil(syncAndTell())
})

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'sync') event.waitUntil(syncAndTell().catch(() => null))
})

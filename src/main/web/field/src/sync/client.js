import { syncAll, outstanding } from './engine.js'

/**
 * When the page syncs: at once when it opens, when the network comes back (the online event, and
 * Background Sync in the service worker where the browser has it), on demand, and every so often
 * while something is still on its way (a report waiting for its case number, an item in backoff, an
 * answered task the server still lists).
 */
const SOON_MS = 5_000
const IDLE_MS = 60_000

let timer = null
let running = null
const listeners = new Set()

export function onSynced(fn) {
  listeners.add(fn)
  return () => listeners.delete(fn)
}

export function syncNow() {
  if (running) return running
  if (globalThis.navigator && navigator.onLine === false) {
    const result = { outcome: 'offline' }
    listeners.forEach((fn) => fn(result))
    return Promise.resolve(result)
  }
  running = (async () => {
    const result = await syncAll()
    listeners.forEach((fn) => fn(result))
    await schedule()
    return result
  })().finally(() => {
    running = null
  })
  return running
}

async function schedule() {
  clearTimeout(timer)
  const left = await outstanding()
  const busy = left.reports + left.verifications + left.photos + left.awaitingCase + left.answeredTasks > 0
  timer = setTimeout(syncNow, busy ? SOON_MS : IDLE_MS)
}

/** Asks the service worker for a Background Sync, so the queue goes up even if the worker closes the app first. */
export async function requestBackgroundSync() {
  try {
    const registration = await navigator.serviceWorker?.ready
    if (registration && registration.sync) await registration.sync.register('gridgov-sync')
  } catch {
    // no Background Sync here (iOS Safari, Firefox): the online event and opening the app cover it
  }
}

export function startSyncing() {
  window.addEventListener('online', () => syncNow())
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') syncNow()
  })
  navigator.serviceWorker?.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'synced') listeners.forEach((fn) => fn(event.data.result))
  })
  return syncNow()
}

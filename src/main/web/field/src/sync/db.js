import Dexie from 'dexie'

/**
 * The phone's own storage (IndexedDB), shared by the page and the service worker. Everything the
 * worker enters is written here first; the server learns of it when a sync gets through.
 *
 * - kv: the device session (tokens, username, grids), sync cursor, cached categories and grids
 * - reports: the queue of the worker's reports and the server's copies, keyed by clientReportId;
 *   state pending | syncing | accepted | failed
 * - photos: picture blobs of reports ('r:' + clientReportId), of the result of a 即查即办 report
 *   ('a:' + clientReportId, uploaded before the report) and of verifications ('v:' + id)
 * - verifications: queued 核查 answers; tasks: the server's verification tasks; cases: case details seen
 */
export const db = new Dexie('gridgov-field')
db.version(1).stores({
  kv: 'key',
  reports: 'clientReportId, state, createdAt',
  photos: '++id, owner',
  verifications: 'id, caseId, state, createdAt',
  tasks: 'caseId',
  cases: 'id'
})

export async function getKv(key, fallback = null) {
  const row = await db.kv.get(key)
  return row === undefined ? fallback : row.value
}

export function setKv(key, value) {
  return db.kv.put({ key, value })
}

export function newId() {
  if (globalThis.crypto && crypto.randomUUID) return crypto.randomUUID()
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = (b[6] & 0x0f) | 0x40
  b[8] = (b[8] & 0x3f) | 0x80
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** Runs fn alone across the page and the service worker (Web Locks where the browser has them). */
export function exclusive(name, fn) {
  if (globalThis.navigator && navigator.locks && navigator.locks.request) {
    return navigator.locks.request(name, fn)
  }
  return fn()
}

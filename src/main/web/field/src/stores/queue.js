import { defineStore } from 'pinia'
import { liveQuery } from 'dexie'
import { db, newId } from '../sync/db.js'
import { requestBackgroundSync, syncNow } from '../sync/client.js'

/**
 * The worker's reports and verifications as IndexedDB holds them, kept live (the service worker's
 * syncs show up too). Submitting writes to IndexedDB and nothing else; the sync takes it from there.
 */
export const useQueue = defineStore('queue', {
  state: () => ({ reports: [], verifications: [], tasks: [], photos: [], lastSync: null }),
  getters: {
    waiting: (s) => s.reports.filter((r) => r.state === 'pending' || r.state === 'syncing').length
      + s.verifications.filter((v) => v.state === 'pending' || v.state === 'syncing').length
  },
  actions: {
    watch() {
      liveQuery(() => db.reports.orderBy('createdAt').reverse().toArray()).subscribe((r) => (this.reports = r))
      liveQuery(() => db.verifications.orderBy('createdAt').reverse().toArray()).subscribe((v) => (this.verifications = v))
      liveQuery(() => db.tasks.toArray()).subscribe((t) => (this.tasks = t))
      liveQuery(() => db.photos.toArray()).subscribe((p) => (this.photos = p))
      liveQuery(() => db.kv.get('lastSync')).subscribe((row) => (this.lastSync = row ? row.value : null))
    },
    photosOf(owner) {
      return this.photos.filter((p) => p.owner === owner)
    },
    /** {@code afterPictures}: the photos of the result of a 即查即办 report, uploaded before it is sent. */
    async submitReport(body, pictures, replacing, afterPictures = []) {
      const before = replacing ? await db.reports.get(replacing) : null
      // a 409 means the server holds other content under that id: the corrected report needs an id of its own
      const conflicted = before && before.error && before.error.status === 409
      const clientReportId = replacing && !conflicted ? replacing : newId()
      const report = { ...body, clientReportId }
      await db.transaction('rw', db.reports, db.photos, async () => {
        if (conflicted) {
          await db.reports.delete(replacing)
          await db.photos.where('owner').equals('r:' + replacing).delete()
          await db.photos.where('owner').equals('a:' + replacing).delete()
        }
        await db.reports.put({
          clientReportId, body: report, state: 'pending', attempts: 0, nextAttemptAt: 0,
          createdAt: before ? before.createdAt : Date.now(), error: null
        })
        if (pictures) {
          await db.photos.where('owner').equals('r:' + clientReportId).delete()
          await db.photos.bulkAdd(pictures.map((p) => ({ owner: 'r:' + clientReportId, blob: p.blob, name: p.name, width: p.width, height: p.height })))
        }
        await db.photos.where('owner').equals('a:' + clientReportId).delete()
        if (body.selfResolved) {
          await db.photos.bulkAdd(afterPictures.map((p) => ({ owner: 'a:' + clientReportId, blob: p.blob, name: p.name, width: p.width, height: p.height })))
        }
      })
      this.kick()
      return clientReportId
    },
    async submitVerification(task, passed, note, pictures, username) {
      const id = newId()
      await db.transaction('rw', db.verifications, db.photos, async () => {
        await db.verifications.add({
          id, caseId: task.caseId, caseNumber: task.caseNumber, kind: task.kind || 'verify', passed, note, username, state: 'pending',
          attempts: 0, nextAttemptAt: 0, createdAt: Date.now()
        })
        await db.photos.bulkAdd(pictures.map((p) => ({ owner: 'v:' + id, blob: p.blob, name: p.name, width: p.width, height: p.height })))
      })
      this.kick()
      return id
    },
    async resendVerification(id) {
      await db.verifications.update(id, { state: 'pending', error: null, ifMatch: null, nextAttemptAt: 0 })
      this.kick()
    },
    kick() {
      requestBackgroundSync()
      syncNow()
    }
  }
})

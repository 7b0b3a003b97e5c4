import { db, exclusive, getKv, setKv } from './db.js'
import { call, getJson } from './api.js'
import { currentSession } from './session.js'
import { ApiError, LoginRequired, Offline } from './errors.js'

/**
 * One sync run, the same in the page and in the service worker (Background Sync):
 * reports up through the batch endpoint, then their photos, then queued verifications, then the
 * server's view of the worker's reports and tasks down. Every step records its outcome in
 * IndexedDB before the next one starts, so a run cut short (app closed, network lost) resumes where
 * it stopped; the server's idempotency (clientReportId, photo hashes, If-Match) makes a resend harmless.
 */
const BATCH_MAX = 100
const BACKOFF_BASE_MS = 2000
const BACKOFF_MAX_MS = 5 * 60_000

export function backoff(attempts) {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1))
  return Math.round(ceiling * (0.5 + Math.random() / 2))
}

export async function syncAll() {
  return exclusive('gridgov-sync', async () => {
    if (!(await currentSession())) return { outcome: 'signed-out' }
    try {
      await recoverInterrupted()
      await pushAfterPhotos()
      await pushReports()
      await pushReportPhotos()
      await pushVerifications()
      await pull()
      await setKv('lastSync', { at: Date.now(), outcome: 'ok' })
      return { outcome: 'ok' }
    } catch (e) {
      const outcome = e instanceof Offline ? 'offline' : e instanceof LoginRequired ? 'login' : 'error'
      await setKv('lastSync', { at: Date.now(), outcome, message: e.message })
      if (outcome === 'error') console.error('sync failed', e)
      return { outcome, message: e.message }
    }
  })
}

/** A run that died mid-flight left items marked syncing: they go again (the server answers a replay with the original). */
async function recoverInterrupted() {
  await db.reports.where('state').equals('syncing').modify({ state: 'pending' })
  await db.verifications.where('state').equals('syncing').modify({ state: 'pending' })
}

function due(item) {
  return !item.nextAttemptAt || item.nextAttemptAt <= Date.now()
}

/**
 * 即查即办: a self-resolved report names the photos of the result by their hashes, so they go up
 * first (POST /api/v1/photos, the same as a verification's). A report whose photos are not all up
 * waits; one whose photo the server refuses fails with the reason.
 */
async function pushAfterPhotos() {
  const waiting = (await db.reports.where('state').equals('pending').toArray())
    .filter((r) => r.body.selfResolved && !(r.body.afterPhotos && r.body.afterPhotos.length))
  for (const report of waiting) {
    const photos = await db.photos.where('owner').equals('a:' + report.clientReportId).sortBy('id')
    const hashes = []
    for (const photo of photos) {
      if (!photo.sha256 && (photo.error || !due(photo))) break
      const sha = photo.sha256 || (await upload(photo, '/api/v1/photos'))
      if (!sha) break
      hashes.push(sha)
    }
    const refused = (await db.photos.where('owner').equals('a:' + report.clientReportId).toArray()).find((p) => p.error)
    if (refused) {
      await db.reports.update(report.clientReportId, {
        state: 'failed', error: { status: 422, errors: [{ field: 'afterPhotos', message: refused.error }] }
      })
    } else if (photos.length && hashes.length === photos.length) {
      await db.reports.update(report.clientReportId, { body: { ...report.body, afterPhotos: hashes } })
    }
  }
}

/** A self-resolved report goes up only with its after photos named (without them the server refuses it). */
function ready(report) {
  return !report.body.selfResolved || (report.body.afterPhotos && report.body.afterPhotos.length > 0)
}

async function pushReports() {
  const waiting = (await db.reports.where('state').equals('pending').sortBy('createdAt')).filter(due).filter(ready)
  for (let i = 0; i < waiting.length; i += BATCH_MAX) {
    const group = waiting.slice(i, i + BATCH_MAX)
    const ids = group.map((r) => r.clientReportId)
    await db.reports.where('clientReportId').anyOf(ids).modify({ state: 'syncing' })
    let answer
    try {
      const res = await call('/api/v1/reports/batch', { method: 'POST', json: { reports: group.map((r) => r.body) } })
      answer = await res.json()
    } catch (e) {
      await retryLater(ids, e)
      throw e
    }
    for (const item of answer.results || []) {
      await recordBatchResult(group[item.index], item)
    }
  }
}

async function retryLater(ids, error) {
  // offline or a lost session is nobody's fault: no attempt is counted
  const counted = !(error instanceof Offline || error instanceof LoginRequired)
  await db.reports.where('clientReportId').anyOf(ids).modify((r) => {
    r.state = 'pending'
    if (counted) {
      r.attempts = (r.attempts || 0) + 1
      r.nextAttemptAt = Date.now() + backoff(r.attempts)
      r.lastError = error.message
    }
  })
}

async function recordBatchResult(queued, item) {
  if (!queued) return
  if (item.status === 200 || item.status === 201) {
    await db.reports.update(queued.clientReportId, {
      state: 'accepted', serverId: item.report.id, server: item.report, error: null, lastError: null, acceptedAt: Date.now()
    })
  } else if (item.status >= 500 || item.status === 429) {
    const attempts = (queued.attempts || 0) + 1
    await db.reports.update(queued.clientReportId, {
      state: 'pending', attempts, nextAttemptAt: Date.now() + backoff(attempts), lastError: `服务器暂不可用 (${item.status})`
    })
  } else {
    await db.reports.update(queued.clientReportId, {
      state: 'failed', error: { status: item.status, outcome: item.outcome, errors: item.errors || [] }
    })
  }
}

async function pushReportPhotos() {
  const accepted = await db.reports.where('state').equals('accepted').toArray()
  const byOwner = new Map(accepted.map((r) => ['r:' + r.clientReportId, r]))
  const photos = (await db.photos.where('owner').anyOf([...byOwner.keys()]).toArray())
    .filter((p) => !p.sha256 && !p.error && due(p))
    .sort((a, b) => a.id - b.id)
  for (const photo of photos) {
    const report = byOwner.get(photo.owner)
    await upload(photo, `/api/v1/reports/${report.serverId}/photos`)
  }
}

/** One photo up; its hash is kept so a resend is known for what it is (the server answers 200 with the same photo). */
async function upload(photo, path) {
  const form = new FormData()
  form.append('file', photo.blob, photo.name || 'photo.jpg')
  try {
    const res = await call(path, { method: 'POST', form })
    const answer = await res.json()
    await db.photos.update(photo.id, { sha256: answer.sha256, url: answer.url, error: null })
    return answer.sha256
  } catch (e) {
    if (e instanceof ApiError && !e.retryable) {
      await db.photos.update(photo.id, { error: e.message })
      return null
    }
    if (e instanceof ApiError) {
      const attempts = (photo.attempts || 0) + 1
      await db.photos.update(photo.id, { attempts, nextAttemptAt: Date.now() + backoff(attempts) })
      return null
    }
    throw e
  }
}

async function pushVerifications() {
  const waiting = (await db.verifications.where('state').equals('pending').sortBy('createdAt')).filter(due)
  for (const v of waiting) {
    await db.verifications.update(v.id, { state: 'syncing' })
    try {
      await pushVerification(v)
    } catch (e) {
      if (e instanceof ApiError && !e.retryable) {
        await db.verifications.update(v.id, { state: 'failed', error: { status: e.status, message: e.message, errors: e.errors } })
        continue
      }
      const counted = e instanceof ApiError
      const attempts = (v.attempts || 0) + (counted ? 1 : 0)
      await db.verifications.update(v.id, {
        state: 'pending', attempts, nextAttemptAt: counted ? Date.now() + backoff(attempts) : 0, lastError: e.message
      })
      if (!counted) throw e
    }
  }
}

/**
 * A verification is sent with If-Match of the case version it was first tried against, and that
 * version is stored before sending. A resend after a lost answer then meets 412, and the case's
 * timeline tells whether this answer already went in: it is never recorded twice.
 */
/** The state a task's case is in while it waits for the worker: resolved (核查) or checking (核实). */
function awaitedState(kind) {
  return kind === 'check' ? 'checking' : 'resolved'
}

/** 核实 answers 属实 (confirm, note) or 不属实 (deny, reason); 核查 answers verify with passed. */
function answerOf(v, hashes) {
  if (v.kind === 'check') {
    return v.passed
      ? { action: 'confirm', body: { note: v.note || null, photos: hashes } }
      : { action: 'deny', body: { reason: v.note, photos: hashes } }
  }
  return { action: 'verify', body: { passed: v.passed, note: v.note || null, photos: hashes } }
}

async function pushVerification(v) {
  const photos = await db.photos.where('owner').equals('v:' + v.id).sortBy('id')
  const hashes = []
  for (const photo of photos) {
    const sha = photo.sha256 || (await upload(photo, '/api/v1/photos'))
    if (!sha) throw new ApiError(422, { detail: `照片未能上传：${(await db.photos.get(photo.id)).error || '请稍后重试'}` })
    hashes.push(sha)
  }
  let version = v.ifMatch
  if (!version) {
    const current = await fetchCase(v.caseId)
    if (current.state !== awaitedState(v.kind)) {
      throw new ApiError(409, { detail: `案件当前状态为「${current.state}」，已不需要核查` })
    }
    version = String(current.version)
    await db.verifications.update(v.id, { ifMatch: version })
  }
  const { action, body } = answerOf(v, hashes)
  for (let round = 0; round < 2; round++) {
    try {
      await call(`/api/v1/cases/${v.caseId}/${action}`, { method: 'POST', json: body, headers: { 'if-match': `"${version}"` } })
      await db.verifications.update(v.id, { state: 'done', syncedAt: Date.now(), error: null })
      await fetchCase(v.caseId).catch(() => null)
      return
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 412) throw e
      const current = await fetchCase(v.caseId)
      if (alreadyRecorded(current, v, hashes, action)) {
        await db.verifications.update(v.id, { state: 'done', syncedAt: Date.now(), error: null })
        return
      }
      if (current.state !== awaitedState(v.kind)) {
        throw new ApiError(409, { detail: `案件当前状态为「${current.state}」，已不需要核查` })
      }
      version = String(current.version)
      await db.verifications.update(v.id, { ifMatch: version })
    }
  }
}

function alreadyRecorded(theCase, v, hashes, action) {
  const session = v.username
  // a denial's text is its reason; every other answer's is its note
  return (theCase.timeline || []).some((t) => t.action === action && t.actor === session
    && ((action === 'deny' ? t.reason : t.note) || null) === (v.note || null)
    && JSON.stringify(t.photos || []) === JSON.stringify(hashes)
    && Date.parse(t.at) >= v.createdAt - 60_000)
}

export async function fetchCase(caseId) {
  const theCase = await getJson(`/api/v1/cases/${caseId}`)
  await db.cases.put({ ...theCase, fetchedAt: Date.now() })
  return theCase
}

/** The server's side: own reports changed since the last pull (merged by clientReportId) and the current tasks. */
async function pull() {
  const since = await getKv('syncedAt')
  const answer = await getJson('/api/v1/reports?mine=true' + (since ? `&since=${encodeURIComponent(since)}` : ''))
  for (const report of answer.reports || []) {
    await db.transaction('rw', db.reports, async () => {
      const local = await db.reports.get(report.clientReportId)
      if (local) {
        await db.reports.update(report.clientReportId, { state: 'accepted', serverId: report.id, server: report, error: null })
      } else {
        await db.reports.put({
          clientReportId: report.clientReportId, state: 'accepted', serverId: report.id, server: report,
          createdAt: Date.parse(report.receivedAt) || Date.now(), fromServer: true
        })
      }
    })
  }
  // 核查 of a department's result, and 核实 of a report the township asked to confirm on site
  const tasks = [...(answer.verificationTasks || []).map((t) => ({ ...t, kind: 'verify' })),
    ...(answer.checkTasks || []).map((t) => ({ ...t, kind: 'check' }))]
  await db.transaction('rw', db.tasks, async () => {
    await db.tasks.clear()
    await db.tasks.bulkPut(tasks)
  })
  await setKv('syncedAt', answer.syncedAt)
  // the details a worker needs on site are fetched while the network is here
  for (const task of tasks) {
    const cached = await db.cases.get(task.caseId)
    if (!cached || cached.state !== awaitedState(task.kind)) await fetchCase(task.caseId).catch(() => null)
  }
}

/** What is still waiting to go up (for the badge and to decide how soon to sync again). */
export async function outstanding() {
  const reports = await db.reports.where('state').anyOf('pending', 'syncing').count()
  const verifications = await db.verifications.where('state').anyOf('pending', 'syncing').count()
  const accepted = await db.reports.where('state').equals('accepted').toArray()
  const photos = (await db.photos.toArray()).filter((p) => !p.sha256 && !p.error).length
  const awaitingCase = accepted.filter((r) => !r.server || !r.server.caseStatus || !r.server.caseStatus.number).length
  return { reports, verifications, photos, awaitingCase, answeredTasks: await answeredTasksStillListed() }
}

/**
 * Tasks the worker answered in the last minutes that the server still lists: intake learns of an
 * answer from the case's events a moment after it was taken, so the pull right after sending it
 * usually still lists the task. Counting them makes the next pull come soon, and the task moves to
 * 已提交的核查 without the worker refreshing. The time bound keeps an answer from an earlier round
 * (a case reworked and back for 核查) from keeping the app busy.
 */
const ANSWER_SETTLES_MS = 2 * 60_000

async function answeredTasksStillListed() {
  const listed = await db.tasks.toArray()
  if (!listed.length) return 0
  const recent = Date.now() - ANSWER_SETTLES_MS
  const answered = await db.verifications.where('caseId').anyOf(listed.map((t) => t.caseId))
    .filter((v) => v.state === 'done' && v.syncedAt > recent).toArray()
  return new Set(answered.map((v) => v.caseId)).size
}

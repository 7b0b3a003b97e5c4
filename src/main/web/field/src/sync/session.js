import { db, exclusive, getKv, setKv, newId } from './db.js'
import { LoginRequired, Offline } from './errors.js'

/**
 * The device session: a short access token and a long-lived refresh token kept in IndexedDB, so a
 * worker offline for a whole shift still syncs at its end without the password. The refresh token
 * is rotated on every use; the rotation runs under a lock so the page and the service worker never
 * spend the same refresh token twice.
 */
const KEY = 'session'
const EARLY_REFRESH_MS = 30_000

export async function currentSession() {
  return getKv(KEY)
}

export function claimsOf(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')
    const json = decodeURIComponent(
      atob(part + '='.repeat((4 - (part.length % 4)) % 4))
        .split('')
        .map((c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0'))
        .join('')
    )
    return JSON.parse(json)
  } catch {
    return {}
  }
}

function sessionFrom(answer, previous) {
  const claims = claimsOf(answer.access_token)
  const expiresIn = Number(answer.expires_in) || (claims.exp ? claims.exp - Date.now() / 1000 : 900)
  return {
    accessToken: answer.access_token,
    accessExpiresAt: Date.now() + expiresIn * 1000,
    refreshToken: answer.refresh_token || (previous && previous.refreshToken) || null,
    username: answer.username || claims.sub || (previous && previous.username),
    roles: answer.roles || claims.roles || (previous && previous.roles) || [],
    grids: Array.isArray(claims.scope) ? claims.scope : (previous && previous.grids) || []
  }
}

export async function deviceName() {
  let id = await getKv('deviceId')
  if (!id) {
    id = newId()
    await setKv('deviceId', id)
  }
  const ua = globalThis.navigator ? navigator.userAgent : ''
  const model = (ua.match(/\(([^)]+)\)/) || [])[1] || 'browser'
  return `网格通 ${model.slice(0, 60)} ${id.slice(0, 8)}`
}

async function post(path, body, headers = {}) {
  try {
    return await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify(body)
    })
  } catch (e) {
    throw new Offline(e)
  }
}

export async function login(username, password) {
  const res = await post('/login', { username, password, device: await deviceName() })
  if (!res.ok) {
    return { ok: false, status: res.status }
  }
  const session = sessionFrom(await res.json(), null)
  await setKv(KEY, session)
  return { ok: true, session }
}

/** An access token that is good for at least half a minute more, refreshed when it is not. */
export async function accessToken() {
  const session = await currentSession()
  if (!session) throw new LoginRequired()
  if (session.accessExpiresAt - Date.now() > EARLY_REFRESH_MS) return session.accessToken
  return refresh(session.accessToken)
}

/**
 * Swaps the refresh token for a new pair. `spent` is the access token the caller found wanting: if
 * another context refreshed meanwhile, its newer token is used rather than spending the refresh token again.
 */
export async function refresh(spent) {
  return exclusive('gridgov-auth', async () => {
    const session = await currentSession()
    if (!session) throw new LoginRequired()
    if (session.accessToken !== spent && session.accessExpiresAt - Date.now() > EARLY_REFRESH_MS) {
      return session.accessToken
    }
    if (!session.refreshToken) throw new LoginRequired()
    const res = await post('/oauth/access_token', { grant_type: 'refresh_token', refresh_token: session.refreshToken })
    if (res.status === 400 || res.status === 401 || res.status === 403) {
      await setKv(KEY, { ...session, refreshToken: null, accessExpiresAt: 0 })
      throw new LoginRequired()
    }
    if (!res.ok) throw new Offline(new Error(`refresh answered ${res.status}`))
    const next = sessionFrom(await res.json(), session)
    await setKv(KEY, next)
    return next.accessToken
  })
}

/** Ends the session on the server (when reachable) and on the phone. The queue is cleared only when asked. */
export async function logout({ clearQueue }) {
  if (await currentSession()) {
    try {
      // a token that has run out is refreshed first, so the server really ends this device's session
      const token = await accessToken()
      await fetch('/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } })
    } catch {
      // offline, or already ended: the refresh token is forgotten here and expires on the server
    }
  }
  await db.kv.delete(KEY)
  if (clearQueue) {
    await db.transaction('rw', db.reports, db.photos, db.verifications, db.tasks, db.cases, db.kv, async () => {
      await Promise.all([db.reports.clear(), db.photos.clear(), db.verifications.clear(), db.tasks.clear(), db.cases.clear()])
      await db.kv.delete('syncedAt')
    })
  }
}

import { accessToken, refresh } from './session.js'
import { ApiError, Offline } from './errors.js'

/**
 * The one client of the platform's API: adds the bearer token, refreshes it once on a 401, and turns
 * problem+json answers into ApiError with the fields named. Works in the page and in the service worker.
 */
export async function call(path, { method = 'GET', json, form, headers = {} } = {}) {
  let token = await accessToken()
  let res = await send(path, method, json, form, headers, token)
  if (res.status === 401) {
    token = await refresh(token)
    res = await send(path, method, json, form, headers, token)
  }
  if (!res.ok) {
    throw new ApiError(res.status, await problemOf(res))
  }
  return res
}

export async function getJson(path) {
  return (await call(path)).json()
}

async function send(path, method, json, form, headers, token) {
  const h = { accept: 'application/json', authorization: `Bearer ${token}`, ...headers }
  let body
  if (json !== undefined) {
    h['content-type'] = 'application/json'
    body = JSON.stringify(json)
  } else if (form) {
    body = form
  }
  try {
    return await fetch(path, { method, headers: h, body, cache: 'no-store' })
  } catch (e) {
    throw new Offline(e)
  }
}

async function problemOf(res) {
  try {
    return await res.json()
  } catch {
    return { title: res.statusText }
  }
}

/** The network is not there (offline, or the server unreachable): try again later, nothing is wrong with the data. */
export class Offline extends Error {
  constructor(cause) {
    super('网络不可用')
    this.name = 'Offline'
    this.cause = cause
  }
}

/** The device session is gone (refresh token expired or revoked): the worker must log in again; the queue stays. */
export class LoginRequired extends Error {
  constructor(detail) {
    super(detail || '登录已失效，请重新登录')
    this.name = 'LoginRequired'
  }
}

/** The server answered with a problem (application/problem+json): status, title, detail and the fields named. */
export class ApiError extends Error {
  constructor(status, problem) {
    const errors = (problem && Array.isArray(problem.errors) ? problem.errors : []).map((e) => ({
      field: e.field || e.name || e.pointer || '',
      message: e.message || e.detail || e.reason || ''
    }))
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.title = problem && problem.title
    this.detail = problem && problem.detail
    this.errors = errors
  }

  /** A server or gateway trouble that a later retry may get through. */
  get retryable() {
    return this.status >= 500 || this.status === 408 || this.status === 429
  }
}

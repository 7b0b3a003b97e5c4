// The one way the console talks to the platform. Every request goes through `api()`:
//  - adds `Authorization: Bearer <access token>` from the session store;
//  - on a 401 refreshes the token once (POST /oauth/access_token with the refresh token) and retries;
//    when that fails the session is over: the router sends the user to the login page, keeping the page;
//  - sends `If-Match` when asked (`ifMatch: version`), and returns the new ETag's version;
//  - turns every failure (problem+json, plain text, network) into one ApiError with a Chinese message
//    and, where the server named it, the field at fault.
import { useSessionStore } from '@/stores/session';

export class ApiError extends Error {
  constructor({ status, title, detail, field, message }) {
    super(message);
    this.name = 'ApiError';
    this.status = status; // HTTP status, 0 when the platform could not be reached
    this.title = title || '';
    this.detail = detail || '';
    this.field = field || null; // e.g. "reason" when the server named the field
  }

  /** Someone changed the record since it was loaded (412) or the action no longer fits its state (409). */
  get isConflict() {
    return this.status === 409 || this.status === 412;
  }
}

const PLAIN_CHINESE = {
  400: '提交的内容有误',
  401: '登录已过期，请重新登录',
  403: '您没有权限执行此操作',
  404: '记录不存在，或不在您的管辖范围内',
  409: '案件当前的状态已不允许此操作（可能已被其他人处理）',
  412: '案件已被其他人修改，您看到的不是最新内容',
  413: '文件太大',
  415: '文件格式不支持',
  428: '缺少版本号，请刷新后再试',
  429: '操作太频繁，请稍后再试',
};

function explain(status, problem) {
  const base = PLAIN_CHINESE[status] || (status >= 500 ? '服务器暂时出错，请稍后再试' : `请求失败（${status}）`);
  return status === 412 || status === 409 ? base : base + (problem.detail ? `：${problem.detail}` : '');
}

/** The field a problem names: `field`, the first of `errors[]`/`violations[]`, or `invalid-params`. */
function fieldOf(problem) {
  if (problem.field) return problem.field;
  const list = problem.errors || problem.violations || problem['invalid-params'] || problem.invalidParams;
  if (Array.isArray(list) && list.length) return list[0].field || list[0].name || list[0].path || null;
  return null;
}

async function toError(response) {
  let problem = {};
  const type = response.headers.get('Content-Type') || '';
  try {
    if (type.includes('json')) problem = await response.json();
    else {
      const text = await response.text();
      if (text) problem = { detail: text.slice(0, 200) };
    }
  } catch {
    /* a body that is not what it says it is: the status alone explains */
  }
  return new ApiError({
    status: response.status,
    title: problem.title,
    detail: problem.detail || problem.message,
    field: fieldOf(problem),
    message: explain(response.status, problem),
  });
}

function buildUrl(path, query) {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

/** `"7"` or `W/"7"` → 7 */
export function versionOf(etag) {
  if (!etag) return null;
  const match = /"?(\d+)"?$/.exec(etag.replace(/^W\//, ''));
  return match ? Number(match[1]) : null;
}

async function send(method, url, { body, ifMatch, headers, accept }, token) {
  const h = { Accept: accept || 'application/json', ...headers };
  if (token) h.Authorization = `Bearer ${token}`;
  if (ifMatch !== undefined && ifMatch !== null) h['If-Match'] = `"${ifMatch}"`;
  let payload = body;
  if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob)) {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  try {
    return await fetch(url, { method, headers: h, body: payload });
  } catch (e) {
    throw new ApiError({ status: 0, message: '无法连接平台，请检查网络后重试', detail: e.message });
  }
}

/**
 * Calls the platform. Returns `{ data, version, response }`: `data` is the parsed JSON (or text),
 * `version` the ETag's number when there is one.
 * Options: `query` (object), `body` (object → JSON, or FormData/Blob), `ifMatch` (version number),
 * `accept`, `anonymous` (no token, no refresh), `noRefresh` (a 401 is just an error), `raw` (return
 * the Response undecoded).
 */
export async function api(method, path, options = {}) {
  const session = useSessionStore();
  const url = buildUrl(path, options.query);
  let response = await send(method, url, options, options.anonymous ? null : session.accessToken);
  if (response.status === 401 && !options.anonymous && !options.noRefresh) {
    if (await session.refresh()) {
      response = await send(method, url, options, session.accessToken);
    }
    if (response.status === 401) {
      session.expire();
      throw await toError(response);
    }
  }
  if (!response.ok) throw await toError(response);
  if (options.raw) return { response, data: null, version: versionOf(response.headers.get('ETag')) };
  const type = response.headers.get('Content-Type') || '';
  const data = response.status === 204 ? null : type.includes('json') ? await response.json() : await response.text();
  return { data, version: versionOf(response.headers.get('ETag')), response };
}

/**
 * Sends a large body (a file) with upload progress, which fetch cannot report: `onProgress(0..1)`
 * is called as the bytes go out. Same token, refresh and errors as `api()`; statuses listed in
 * `accept` (e.g. a 422 whose body is a report, not a problem) are answered instead of thrown.
 * Returns `{ status, data }`.
 */
export async function upload(method, path, { body, contentType, query, onProgress, accept = [] } = {}) {
  const session = useSessionStore();
  const url = buildUrl(path, query);
  const once = (token) =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(method, url);
      xhr.setRequestHeader('Accept', 'application/json');
      if (contentType) xhr.setRequestHeader('Content-Type', contentType);
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress?.(e.loaded / e.total);
      xhr.onload = () => resolve(xhr);
      xhr.onerror = () => reject(new ApiError({ status: 0, message: '无法连接平台，请检查网络后重试' }));
      xhr.send(body);
    });
  let xhr = await once(session.accessToken);
  if (xhr.status === 401 && (await session.refresh())) xhr = await once(session.accessToken);
  const type = xhr.getResponseHeader('Content-Type') || '';
  const response = new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status, headers: { 'Content-Type': type } });
  if (xhr.status === 401) session.expire();
  if (!response.ok && !accept.includes(xhr.status)) throw await toError(response);
  const data = xhr.status === 204 ? null : type.includes('json') ? await response.json() : await response.text();
  return { status: xhr.status, data };
}

export const get = (path, query, options = {}) => api('GET', path, { ...options, query }).then((r) => r.data);
export const post = (path, body, options = {}) => api('POST', path, { ...options, body }).then((r) => r.data);

/**
 * Reads a `text/event-stream` with the bearer header (EventSource cannot send one). Calls
 * `onEvent({ event, data, id })` per event, reconnects after a drop (refreshing the token on a 401),
 * and stops when the returned function is called.
 */
export function subscribe(path, onEvent, { onOpen, onError } = {}) {
  const session = useSessionStore();
  const controller = new AbortController();
  let stopped = false;
  let delay = 1000;

  async function connect() {
    while (!stopped) {
      try {
        let response = await fetch(path, {
          headers: { Accept: 'text/event-stream', Authorization: `Bearer ${session.accessToken}` },
          signal: controller.signal,
        });
        if (response.status === 401) {
          if (!(await session.refresh())) {
            session.expire();
            return;
          }
          continue;
        }
        if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`);
        delay = 1000;
        onOpen?.();
        await readEvents(response.body, onEvent);
      } catch (e) {
        if (stopped) return;
        onError?.(e);
      }
      if (stopped) return;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 15000);
    }
  }

  connect();
  return () => {
    stopped = true;
    controller.abort();
  };
}

async function readEvents(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
      const event = { event: 'message', data: '', id: null };
      const data = [];
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith(':')) continue; // keep-alive comment
        const colon = line.indexOf(':');
        const name = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (name === 'event') event.event = text;
        else if (name === 'data') data.push(text);
        else if (name === 'id') event.id = text;
      }
      if (!data.length) continue;
      event.data = data.join('\n');
      try {
        event.data = JSON.parse(event.data);
      } catch {
        /* not JSON: passed on as text */
      }
      onEvent(event);
    }
  }
}

// The inbox (filters, paging, live updates) and the open case (with its version for If-Match).
import { defineStore } from 'pinia';
import { api, get, subscribe } from '@/api/client';

// the case page lists this many of a case's reports (the first ones linked)
const REPORTS_SHOWN = 20;
const EMPTY_FILTERS = { state: '', category: '', township: '', overdue: '', number: '' };

export const useCasesStore = defineStore('cases', {
  state: () => ({
    filters: { ...EMPTY_FILTERS },
    page: 1, // 1-based here, as el-pagination counts; the API counts from 0
    size: 20,
    items: [],
    total: 0,
    loading: false,
    error: null,
    live: false, // the event stream is connected
    fresh: {}, // case id → time it changed while the inbox was open (highlighted)
    lastNotice: null,
    current: null, // the open case, as GET /api/v1/cases/{id} answers it
    version: null, // its ETag version, sent as If-Match
    reports: [], // the reports linked to the open case
  }),
  actions: {
    resetFilters() {
      this.filters = { ...EMPTY_FILTERS };
      this.page = 1;
    },
    async loadInbox() {
      this.loading = true;
      try {
        const f = this.filters;
        const data = await get('/api/v1/cases', {
          sort: 'deadline',
          state: f.state,
          category: f.category,
          township: f.township,
          overdue: f.overdue,
          number: f.number.trim(),
          page: this.page - 1,
          size: this.size,
        });
        this.items = data.items;
        this.total = data.totalItems;
        this.error = null;
      } catch (e) {
        this.error = e.message;
        throw e;
      } finally {
        this.loading = false;
      }
    },
    /** Opens the live feed; every transition the user may see reloads the inbox and marks the case. */
    startLive(onNotice) {
      this.stopLive();
      this._stop = subscribe(
        '/api/v1/cases/events',
        ({ event, data }) => {
          if (event === 'ready') this.live = true;
          if (event !== 'case') return;
          this.fresh = { ...this.fresh, [data.caseId]: Date.now() };
          this.lastNotice = data;
          onNotice?.(data);
        },
        { onError: () => (this.live = false) },
      );
    },
    stopLive() {
      this._stop?.();
      this._stop = null;
      this.live = false;
    },
    async loadCase(id) {
      const { data, version } = await api('GET', `/api/v1/cases/${id}`);
      this.current = data;
      this.version = version ?? data.version;
      // a case may have thousands of reports: show the first page of them (reportCount says how many)
      const { data: linked } = await api('GET', `/api/v1/cases/${id}/reports?page=0&size=${REPORTS_SHOWN}`);
      this.reports = await Promise.all(
        (linked.items || []).map(({ reportId: rid }) =>
          get(`/api/v1/reports/${rid}`).catch(() => ({ id: rid, missing: true })),
        ),
      );
      return data;
    },
    /** POST /api/v1/cases/{id}/{action} with If-Match; the answer is the case as it now stands. */
    async act(action, body) {
      const id = this.current.id;
      const { data, version } = await api('POST', `/api/v1/cases/${id}/${action}`, { body, ifMatch: this.version });
      this.current = { ...data, timeline: data.timeline || this.current.timeline };
      this.version = version ?? data.version;
      await this.loadCase(id);
      return data;
    },
    async uploadPhoto(file) {
      const form = new FormData();
      form.append('file', file);
      const { data } = await api('POST', '/api/v1/photos', { body: form });
      return data;
    },
  },
});

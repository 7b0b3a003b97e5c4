// The township dashboard's data: figures, map layers, trend, overdue list, rankings, hotspots and
// worker activity of one area and month, all from /api/v1/stats (docs/dashboard.md).
import { defineStore } from 'pinia';
import { get } from '@/api/client';
import { todayInShanghai } from '@/labels';

/** [api name, label, is a rate, higher is better] — the metrics the map can be coloured by. */
export const METRICS = [
  ['on_time_close_rate', '按期结案率', true, true],
  ['close_rate', '结案率', true, true],
  ['disposal_rate', '处置率', true, true],
  ['satisfaction_rate', '满意率', true, true],
  ['reported', '上报数', false, false],
  ['due', '应结案数', false, false],
  ['overdue_now', '当前超期数', false, false],
  ['return_rate', '回退率', true, false],
  ['rework_rate', '返工率', true, false],
  ['mean_hours_to_close', '平均结案时长(小时)', false, false],
  ['registration_rate', '立案率', true, true],
  ['department_on_time_rate', '部门按期处置率', true, true],
  ['verification_on_time_rate', '镇街按期核查率', true, true],
  ['township_on_time_rate', '镇街按期结案率', true, true],
  ['overdue_in_period', '超期数', false, false],
  ['mean_working_hours_to_resolve', '平均处置时长(工作小时)', false, false],
  ['self_resolved', '自处置数', false, true],
  ['deferred', '缓办数', false, false],
  ['parked', '挂账数', false, false],
  ['deferred_now', '当前缓办数', false, false],
  ['parked_now', '当前挂账数', false, false],
];

export function periodOf(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export const useFiguresStore = defineStore('figures', {
  state: () => ({
    township: '',
    month: todayInShanghai().slice(0, 7),
    metric: 'on_time_close_rate',
    loading: false,
    error: null,
    updatedAt: null,
    totals: null, // ?by=grid answer: figures and rows
    bounds: null, // where the township's grids lie; the map draws them from vector tiles
    markers: [],
    overdue: [],
    trend: null, // ?by=day answer
    rankings: null,
    hotspots: [],
    workers: null, // null when the caller may not see worker activity
  }),
  getters: {
    metricSpec: (s) => METRICS.find((m) => m[0] === s.metric),
    /** The chosen metric of every grid of the township (for the colour scale of counts). */
    gridValues: (s) => {
      const field = s.metric.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
      return (s.totals?.rows || []).map((r) => r.figures[field]).filter((v) => v !== null && v !== undefined);
    },
  },
  actions: {
    async load() {
      if (!this.township) return;
      const code = this.township;
      const period = periodOf(this.month);
      const base = `/api/v1/stats/areas/${code}`;
      this.loading = true;
      try {
        const [totals, bounds, markers, overdue, trend] = await Promise.all([
          get(base, { by: 'grid', ...period }),
          get(`${base}/bounds`).catch((e) => (e.status === 404 ? null : Promise.reject(e))),
          get(`${base}/cases`, { limit: 500, ...period }),
          get(`${base}/overdue`, { limit: 100 }),
          get(base, { by: 'day', ...period }),
        ]);
        Object.assign(this, { totals, bounds, markers, overdue, trend, error: null, updatedAt: new Date() });
      } catch (e) {
        this.error = e.message;
        throw e;
      } finally {
        this.loading = false;
      }
      // the extras are separate: one refused (a dispatcher may not see worker activity) leaves the rest
      const [rankings, hotspots, workers] = await Promise.all([
        get('/api/v1/stats/rankings', { month: this.month, of: 'township', metric: 'on_time_close_rate' }).catch(() => null),
        get(`${base}/hotspots`, { ...period, limit: 10 }).catch(() => []),
        get(`${base}/workers`, { ...period, idleDays: 7 }).catch(() => null),
      ]);
      Object.assign(this, { rankings, hotspots, workers });
    },
  },
});

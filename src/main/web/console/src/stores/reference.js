// Names for codes (categories, departments, townships), loaded once per session from the dashboard
// service. Only labels: a code without a name is shown as the code.
import { defineStore } from 'pinia';
import { get } from '@/api/client';

export const useReferenceStore = defineStore('reference', {
  state: () => ({ categories: [], departments: [], townships: [], tileUrl: '', cityCode: '', loaded: false }),
  getters: {
    categoryName: (s) => (code) => {
      const c = s.categories.find((x) => x.code === code);
      return c ? `${c.major}/${c.name}` : code || '—';
    },
    departmentName: (s) => (code) => (code ? s.departments.find((x) => x.code === code)?.name || code : '未派遣'),
    nameOf: (s) => (code) => s.departments.find((x) => x.code === code)?.name || s.townships.find((x) => x.code === code)?.name || code,
  },
  actions: {
    async load() {
      if (this.loaded || this._loading) return this._loading;
      this._loading = Promise.all([get('/api/v1/stats/labels'), get('/api/v1/stats/townships')])
        .then(([labels, setup]) => {
          this.categories = labels.categories;
          this.departments = labels.departments;
          this.townships = setup.townships;
          this.tileUrl = setup.tileUrl || '';
          this.cityCode = setup.cityCode;
          this.loaded = true;
        })
        .catch(() => {
          /* labels are a nicety: the pages work with codes */
        })
        .finally(() => {
          this._loading = null;
        });
      return this._loading;
    },
  },
});

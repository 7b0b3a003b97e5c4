import { defineStore } from 'pinia'
import { getKv, setKv } from '../sync/db.js'
import { getJson } from '../sync/api.js'
import { townshipOf } from '../geo.js'

/**
 * What the forms need offline: the category table and the grids of the worker's township (its own
 * grids and their neighbours), fetched when online and kept in IndexedDB.
 */
export const useReference = defineStore('reference', {
  state: () => ({ categories: [], townshipGrids: [], ownCodes: [] }),
  getters: {
    categoryName: (s) => (code) => {
      const c = s.categories.find((x) => x.code === code)
      return c ? `${c.major} / ${c.name}` : code
    },
    ownGrids: (s) => s.townshipGrids.filter((f) => s.ownCodes.includes(f.properties.code)),
    townships: (s) => [...new Set(s.ownCodes.map(townshipOf))]
  },
  actions: {
    async load(ownCodes) {
      this.ownCodes = ownCodes
      this.categories = await getKv('categories', [])
      this.townshipGrids = await getKv('townshipGrids', [])
    },
    async refresh(ownCodes) {
      this.ownCodes = ownCodes
      const categories = (await getJson('/api/v1/categories')).categories
      const features = []
      for (const township of [...new Set(ownCodes.map(townshipOf))]) {
        features.push(...(await getJson(`/api/v1/grids?township=${township}`)).features)
      }
      for (const code of ownCodes) {
        if (!features.some((f) => f.properties.code === code)) {
          features.push(await getJson(`/api/v1/grids/${code}`))
        }
      }
      this.categories = categories
      this.townshipGrids = features
      await setKv('categories', categories)
      await setKv('townshipGrids', features)
    }
  }
})

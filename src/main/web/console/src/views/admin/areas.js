// The area tree for the admin pickers (districts → townships → communities → grids), read from the
// grid service, and the names of the township units (DepartmentDirectory in routing).
import { get } from '@/api/client';

export const UNIT_NAMES = { CGZD: '城管中队', PCS: '派出所', SFS: '司法所', ZZZX: '综治中心', CENTRE: '镇街中心' };

let townships;
/** Every township (9-digit code) with its district, loaded once. */
export function loadTownships() {
  townships ??= Promise.all([get('/api/v1/areas', { level: 'district' }), get('/api/v1/areas', { level: 'township' })])
    .then(([districts, list]) =>
      districts
        .map((d) => ({ code: d.code, name: d.name, townships: list.filter((t) => t.parentCode === d.code) }))
        .filter((d) => d.townships.length),
    )
    .catch((e) => {
      townships = null;
      throw e;
    });
  return townships;
}

/**
 * Lazy loader for an el-cascader over the area tree down to `leaf` (`township`, `community` or
 * `grid`): districts first, then the children of the node opened, grids from GET /api/v1/grids.
 */
export function areaLoader(leaf) {
  const depth = { township: 1, community: 2, grid: 3 }[leaf];
  return async (node, resolve) => {
    try {
      if (node.level === 0) {
        const districts = await get('/api/v1/areas', { level: 'district' });
        return resolve(districts.map((a) => ({ value: a.code, label: a.name, leaf: false })));
      }
      if (node.level === 3) {
        const grids = await get('/api/v1/grids', { community: node.value });
        return resolve(
          grids.features.map((f) => ({ value: f.properties.code, label: `${f.properties.name || ''} ${f.properties.code}`.trim(), leaf: true })),
        );
      }
      const children = await get('/api/v1/areas', { parent: node.value });
      resolve(children.map((a) => ({ value: a.code, label: a.name, leaf: node.level >= depth })));
    } catch {
      resolve([]);
    }
  };
}

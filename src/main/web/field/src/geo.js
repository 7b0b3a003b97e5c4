/** Which of the given GeoJSON grid features holds the WGS-84 point (lowest code wins on a shared edge, as on the server). */
export function gridAt(features, lat, lon) {
  const hits = features.filter((f) => covers(f.geometry, lon, lat))
  hits.sort((a, b) => String(a.properties.code).localeCompare(String(b.properties.code)))
  return hits[0] || null
}

function covers(geometry, x, y) {
  if (!geometry) return false
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : []
  return polygons.some((rings) => inRing(rings[0], x, y) && !rings.slice(1).some((hole) => inRing(hole, x, y)))
}

function inRing(ring, x, y) {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]
    const [xj, yj] = ring[j]
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** The township (first 9 digits) of a grid code. */
export const townshipOf = (gridCode) => String(gridCode || '').slice(0, 9)

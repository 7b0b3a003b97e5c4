// The grids as a Leaflet layer of the platform's vector tiles (GET /tiles/grids/{z}/{x}/{y}.mvt,
// layer "grids" with code, name, townshipCode, metric and value per grid): a map of a whole province
// loads only the tiles in view, and the browser never holds 200,000 outlines at once. Up to zoom 10
// a grid carries only townshipCode and value, its code being the feature id: the layer puts it in
// `code` so that styles and clicks read every zoom alike, and a click there has no `name`.
import L from '@/components/leafletGlobal';
import 'leaflet.vectorgrid';

/** Zooms the platform cuts grid tiles for; beyond the last, Leaflet enlarges the last tiles. */
const MIN_ZOOM = 8;
const MAX_NATIVE_ZOOM = 20;

/**
 * @param {object} o
 * @param {string} o.metric the figure each grid carries (an api name such as on_time_close_rate)
 * @param {{from: string, to: string}} o.period the days the figure counts
 * @param {string} o.token the access token (tiles are fetched outside the API client)
 * @param {(properties: object) => object} o.style Leaflet path options for one grid
 * @param {(properties: object, latlng: L.LatLng) => void} o.onClick properties has no name at low zooms
 */
export function gridTileLayer({ metric, period, token, style, onClick }) {
  const query = new URLSearchParams({ metric, from: period.from, to: period.to });
  const layer = L.vectorGrid.protobuf(`/tiles/grids/{z}/{x}/{y}.mvt?${query}`, {
    rendererFactory: L.svg.tile,
    vectorTileLayerStyles: { grids: (properties) => style(properties) },
    interactive: true,
    getFeatureId: (feature) => {
      // called for every feature before it is drawn
      if (feature.properties.code === undefined && feature.id !== undefined) feature.properties.code = String(feature.id);
      return feature.properties.code;
    },
    fetchOptions: { headers: { Authorization: `Bearer ${token}`, Accept: 'application/vnd.mapbox-vector-tile' } },
    minZoom: MIN_ZOOM,
    maxNativeZoom: MAX_NATIVE_ZOOM,
  });
  layer.on('click', (e) => onClick(e.layer.properties, e.latlng));
  return layer;
}

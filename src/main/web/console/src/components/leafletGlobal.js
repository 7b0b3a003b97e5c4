// Leaflet plugins published as plain scripts (Leaflet.VectorGrid) extend the global `L`: give them
// the same Leaflet the console imports, before they load.
import L from 'leaflet';

window.L = L;
export default L;

package org.gridgov.grid.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Cuts areas into demo grid cells, deterministically from a seed. Each district becomes a block of
 * roughly square cells (about 330 m a side) around its centre; the lattice vertices are jittered so
 * the cells look surveyed rather than ruled, but neighbours share their vertices, so the cells never
 * overlap and leave no gaps. Townships take consecutive runs of cells along a boustrophedon walk
 * (west→east, then back), communities runs within them, so each tier is contiguous. Every
 * community gets 1–3 cells (some communities can be required to get at least two).
 */
public final class DemoTessellation {

    static final double CELL_DEGREES_LAT = 0.0030;
    private static final double JITTER = 0.2;

    private final long seed;

    public DemoTessellation(long seed) {
        this.seed = seed;
    }

    /**
     * @param areas all areas (districts, townships, communities) of the city
     * @param districtCentres where each district's block goes
     * @param atLeastTwo communities that must get at least two grids
     */
    public List<GridCell> tessellate(List<Area> areas, Map<String, LatLon> districtCentres, Set<String> atLeastTwo) {
        Map<String, List<Area>> communitiesByDistrict = new TreeMap<>();
        areas.stream()
                .filter(a -> a.level() == AreaLevel.COMMUNITY)
                .sorted(Comparator.comparing(Area::code))
                .forEach(c -> communitiesByDistrict.computeIfAbsent(c.code().substring(0, 6), d -> new ArrayList<>()).add(c));
        List<GridCell> cells = new ArrayList<>();
        communitiesByDistrict.forEach((district, communities) -> {
            LatLon centre = districtCentres.get(district);
            if (centre == null) {
                return;
            }
            List<GridCode> codes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Area community : communities) {
                int count = cellsFor(community.code(), atLeastTwo.contains(community.code()));
                for (int serial = 1; serial <= count; serial++) {
                    codes.add(GridCode.of(community.code(), serial));
                    names.add(community.name() + "第" + serial + "网格");
                }
            }
            cells.addAll(lay(district, centre, codes, names));
        });
        return cells;
    }

    /** A synthetic province-sized set (for benchmarks): {@code count} cells, two per community. */
    public List<GridCell> province(int count, LatLon centre) {
        List<GridCode> codes = new ArrayList<>(count);
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int community = i / 2;
            int township = community / 50;
            int district = township / 20;
            String code = String.format("37%02d%02d%03d%03d%03d", 1 + district / 10, 1 + district % 10,
                    1 + township % 20, 1 + community % 50, 1 + i % 2);
            codes.add(new GridCode(code));
            names.add("网格" + code);
        }
        return lay("province", centre, codes, names);
    }

    private int cellsFor(String communityCode, boolean atLeastTwo) {
        long h = DemoNames.mix(seed * 31 + communityCode.hashCode());
        int roll = (int) Long.remainderUnsigned(h, 100);
        int count = roll < 45 ? 1 : roll < 80 ? 2 : 3;
        return atLeastTwo ? Math.max(2, count) : count;
    }

    private List<GridCell> lay(String block, LatLon centre, List<GridCode> codes, List<String> names) {
        int width = (int) Math.ceil(Math.sqrt(codes.size()));
        int height = (codes.size() + width - 1) / width;
        double dLat = CELL_DEGREES_LAT;
        double dLon = CELL_DEGREES_LAT / Math.cos(Math.toRadians(centre.lat()));
        double north = centre.lat() + height * dLat / 2;
        double west = centre.lon() - width * dLon / 2;
        Lattice lattice = new Lattice(block, west, north, dLon, dLat);
        List<GridCell> cells = new ArrayList<>(codes.size());
        for (int k = 0; k < codes.size(); k++) {
            int row = k / width;
            int col = row % 2 == 0 ? k % width : width - 1 - k % width;
            Polygon square = GridShape.FACTORY.createPolygon(new Coordinate[] {
                lattice.vertex(col, row), lattice.vertex(col, row + 1), lattice.vertex(col + 1, row + 1),
                lattice.vertex(col + 1, row), lattice.vertex(col, row)});
            GridCode code = codes.get(k);
            long h = DemoNames.mix(seed ^ code.value().hashCode() * 0x9E3779B97F4A7C15L);
            int households = 300 + (int) Long.remainderUnsigned(h, 201);
            int population = (int) Math.round(households * (2.4 + Long.remainderUnsigned(h >>> 20, 60) / 100.0));
            GridKind kind = Long.remainderUnsigned(h >>> 40, 100) < 4 ? GridKind.DEDICATED : GridKind.COMPREHENSIVE;
            cells.add(new GridCell(code, names.get(k), kind, households, population,
                    DemoNames.person(seed, code.value()), GridShape.of(square), 0));
        }
        return cells;
    }

    /** Lattice vertices shared by neighbouring cells, each moved by a seeded jitter. */
    private final class Lattice {
        private final long blockHash;
        private final double west;
        private final double north;
        private final double dLon;
        private final double dLat;

        Lattice(String block, double west, double north, double dLon, double dLat) {
            this.blockHash = DemoNames.mix(seed ^ block.hashCode());
            this.west = west;
            this.north = north;
            this.dLon = dLon;
            this.dLat = dLat;
        }

        Coordinate vertex(int col, int row) {
            long h = DemoNames.mix(blockHash ^ (((long) col << 32) | (row & 0xffffffffL)));
            double jx = ((h & 0xffff) / 65535.0 * 2 - 1) * JITTER;
            double jy = (((h >>> 16) & 0xffff) / 65535.0 * 2 - 1) * JITTER;
            double lon = west + (col + jx) * dLon;
            double lat = north - (row + jy) * dLat;
            return new Coordinate(round(lon), round(lat));
        }

        /** Seven decimals (about a centimetre) keeps vertices identical after a GeoJSON round trip. */
        private double round(double degrees) {
            return Math.round(degrees * 1e7) / 1e7;
        }
    }
}

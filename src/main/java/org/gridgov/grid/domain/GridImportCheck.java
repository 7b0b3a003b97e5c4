package org.gridgov.grid.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The rules a grid must pass to be stored: readable and valid geometry, a community that exists, no
 * overlap above {@link #OVERLAP_TOLERANCE_M2} with any live grid (stored, of whatever community or
 * township, or accepted earlier in the same import), and no second copy of the same code in one
 * import. A township's own writes must also lie inside its outline (the union of its grids). Gaps
 * left inside a community are only warned about: a community's outline is the union of its grids,
 * and holes are sometimes real (a lake, a barracks).
 */
public final class GridImportCheck {

    public static final double OVERLAP_TOLERANCE_M2 = 1.0;
    public static final double GAP_TOLERANCE_M2 = 1.0;

    private final GridNeighbourhood neighbourhood;

    public GridImportCheck(GridNeighbourhood neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    /** The rules for a writer who may draw anywhere (an administrator). */
    public GridImportReport check(List<GridDraft> drafts) {
        return check(drafts, null);
    }

    /**
     * @param confinedToTownship when a township writes, its code: every grid must then lie inside the
     *     township's outline; null for a writer who may draw anywhere
     */
    public GridImportReport check(List<GridDraft> drafts, String confinedToTownship) {
        List<GridImportReport.Rejection> rejected = new ArrayList<>();
        Map<String, List<GridCell>> acceptedByCommunity = new LinkedHashMap<>();
        Map<String, List<GridCell>> storedByCommunity = new LinkedHashMap<>();
        Set<String> submittedCodes = new HashSet<>();
        Set<String> seen = new HashSet<>();
        drafts.forEach(d -> submittedCodes.add(d.code()));
        List<GridCell> accepted = new ArrayList<>();
        Quadtree acceptedShapes = new Quadtree();
        for (GridDraft draft : drafts) {
            String reason = firstProblem(draft, seen, storedByCommunity, acceptedShapes, submittedCodes);
            if (reason == null && confinedToTownship != null) {
                reason = outsideTownship(draft.cell(), confinedToTownship);
            }
            if (reason != null) {
                rejected.add(new GridImportReport.Rejection(draft.position(), draft.code(), reason));
                continue;
            }
            accepted.add(draft.cell());
            acceptedShapes.insert(draft.cell().shape().shared().getEnvelopeInternal(), draft.cell());
            acceptedByCommunity.computeIfAbsent(draft.cell().code().communityCode(), c -> new ArrayList<>())
                    .add(draft.cell());
        }
        List<String> warnings = new ArrayList<>();
        acceptedByCommunity.forEach((community, cells) -> {
            List<GridCell> all = new ArrayList<>(cells);
            storedByCommunity.getOrDefault(community, List.of()).stream()
                    .filter(c -> !submittedCodes.contains(c.code().value()) || notAccepted(c, cells))
                    .forEach(all::add);
            gapWarning(community, all).ifPresent(warnings::add);
        });
        return new GridImportReport(accepted, rejected, warnings);
    }

    private String firstProblem(GridDraft draft, Set<String> seen, Map<String, List<GridCell>> stored,
                                Quadtree acceptedShapes, Set<String> submittedCodes) {
        if (draft.cell() == null) {
            return draft.unreadable();
        }
        if (!seen.add(draft.code())) {
            return "duplicate code in this import";
        }
        GridCell cell = draft.cell();
        String community = cell.code().communityCode();
        if (!neighbourhood.communityExists(community)) {
            return "unknown community " + community;
        }
        List<GridCell> candidates = new ArrayList<>();
        for (Object near : acceptedShapes.query(cell.shape().shared().getEnvelopeInternal())) {
            candidates.add((GridCell) near);
        }
        // the community's stored cells are read once per community anyway, for the gap warning
        stored.computeIfAbsent(community, neighbourhood::cellsOf).stream()
                .filter(c -> !submittedCodes.contains(c.code().value()))
                .forEach(candidates::add);
        for (GridCell other : candidates) {
            if (other.code().equals(cell.code())) {
                continue;
            }
            double overlap = overlapSquareMetres(cell.shape(), other.shape());
            if (overlap > OVERLAP_TOLERANCE_M2) {
                return overlapReason(other.code(), overlap);
            }
        }
        // a grid of another community or township: a point in both would be located in either
        return neighbourhood.storedOverlaps(cell, OVERLAP_TOLERANCE_M2).stream()
                .filter(o -> !submittedCodes.contains(o.code().value()))
                .findFirst()
                .map(o -> overlapReason(o.code(), o.squareMetres()))
                .orElse(null);
    }

    private static String overlapReason(GridCode other, double squareMetres) {
        return String.format("overlaps grid %s by %.1f m² (tolerance %.0f m²)", other, squareMetres,
                OVERLAP_TOLERANCE_M2);
    }

    private String outsideTownship(GridCell cell, String township) {
        if (!cell.code().townshipCode().equals(township)) {
            return "outside your township";
        }
        double outside = neighbourhood.squareMetresOutsideTownship(cell, township);
        return outside > OVERLAP_TOLERANCE_M2
                ? String.format("lies %.1f m² outside the outline of township %s (the union of its grids)", outside,
                        township)
                : null;
    }

    private static boolean notAccepted(GridCell stored, List<GridCell> accepted) {
        return accepted.stream().noneMatch(c -> c.code().equals(stored.code()));
    }

    public static double overlapSquareMetres(GridShape a, GridShape b) {
        Geometry ga = a.shared();
        Geometry gb = b.shared();
        if (!ga.getEnvelopeInternal().intersects(gb.getEnvelopeInternal()) || !ga.intersects(gb)) {
            return 0;
        }
        Geometry overlap = OverlayNGRobust.overlay(ga, gb, OverlayNG.INTERSECTION);
        return overlap.isEmpty() ? 0 : LocalEqualArea.around(overlap).areaSquareMetres(overlap);
    }

    private static Optional<String> gapWarning(String community, List<GridCell> cells) {
        List<Geometry> shapes = cells.stream().map(c -> (Geometry) c.shape().shared()).toList();
        Geometry union = UnaryUnionOp.union(shapes);
        if (union == null) {
            return Optional.empty();
        }
        LocalEqualArea metres = LocalEqualArea.around(union);
        int gaps = 0;
        double gapArea = 0;
        for (int i = 0; i < union.getNumGeometries(); i++) {
            if (union.getGeometryN(i) instanceof Polygon polygon) {
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    Geometry hole = GridShape.FACTORY.createPolygon(polygon.getInteriorRingN(h).getCoordinates());
                    double area = metres.areaSquareMetres(hole);
                    if (area > GAP_TOLERANCE_M2) {
                        gaps++;
                        gapArea += area;
                    }
                }
            }
        }
        if (gaps == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format("community %s has %d gap(s) between its grids, %.0f m² in all",
                community, gaps, gapArea));
    }
}

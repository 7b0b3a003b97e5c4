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
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The rules a grid must pass to be stored: readable and valid geometry, a community that exists, no
 * overlap with a sibling grid (same community) above {@link #OVERLAP_TOLERANCE_M2}, and no second
 * copy of the same code in one import. Gaps left inside a community are only warned about: a
 * community's outline is the union of its grids, and holes are sometimes real (a lake, a barracks).
 */
public final class GridImportCheck {

    public static final double OVERLAP_TOLERANCE_M2 = 1.0;
    public static final double GAP_TOLERANCE_M2 = 1.0;

    private final GridNeighbourhood neighbourhood;

    public GridImportCheck(GridNeighbourhood neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    public GridImportReport check(List<GridDraft> drafts) {
        List<GridImportReport.Rejection> rejected = new ArrayList<>();
        Map<String, List<GridCell>> acceptedByCommunity = new LinkedHashMap<>();
        Map<String, List<GridCell>> storedByCommunity = new LinkedHashMap<>();
        Set<String> submittedCodes = new HashSet<>();
        Set<String> seen = new HashSet<>();
        drafts.forEach(d -> submittedCodes.add(d.code()));
        List<GridCell> accepted = new ArrayList<>();
        for (GridDraft draft : drafts) {
            String reason = firstProblem(draft, seen, storedByCommunity, acceptedByCommunity, submittedCodes);
            if (reason != null) {
                rejected.add(new GridImportReport.Rejection(draft.position(), draft.code(), reason));
                continue;
            }
            accepted.add(draft.cell());
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
                                Map<String, List<GridCell>> acceptedByCommunity, Set<String> submittedCodes) {
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
        List<GridCell> siblings = new ArrayList<>(acceptedByCommunity.getOrDefault(community, List.of()));
        stored.computeIfAbsent(community, neighbourhood::cellsOf).stream()
                .filter(c -> !submittedCodes.contains(c.code().value()))
                .forEach(siblings::add);
        for (GridCell sibling : siblings) {
            if (sibling.code().equals(cell.code())) {
                continue;
            }
            double overlap = overlapSquareMetres(cell.shape(), sibling.shape());
            if (overlap > OVERLAP_TOLERANCE_M2) {
                return String.format("overlaps grid %s by %.1f m² (tolerance %.0f m²)", sibling.code(), overlap,
                        OVERLAP_TOLERANCE_M2);
            }
        }
        return null;
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

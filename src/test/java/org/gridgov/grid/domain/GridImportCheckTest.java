package org.gridgov.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GridImportCheckTest {

    private static final String COMMUNITY = "370303102001";
    private static final String OTHER_COMMUNITY = "370303103002";

    private final List<GridCell> stored = new ArrayList<>();
    private final GridImportCheck check = new GridImportCheck(new GridNeighbourhood() {
        @Override
        public boolean communityExists(String communityCode) {
            return Set.of(COMMUNITY, OTHER_COMMUNITY).contains(communityCode);
        }

        @Override
        public List<GridCell> cellsOf(String communityCode) {
            return stored.stream().filter(c -> c.code().communityCode().equals(communityCode)).toList();
        }

        @Override
        public List<Overlap> storedOverlaps(GridCell cell, double toleranceM2) {
            return stored.stream().filter(c -> !c.code().equals(cell.code()))
                    .map(c -> new Overlap(c.code(), GridImportCheck.overlapSquareMetres(cell.shape(), c.shape())))
                    .filter(o -> o.squareMetres() > toleranceM2).toList();
        }

        @Override
        public double squareMetresOutsideTownship(GridCell cell, String townshipCode) {
            return cell.shape().areaSquareMetres();
        }
    });

    @Test
    void neighbouringGridsSharingAnEdgeAreAccepted() {
        GridImportReport report = check.check(List.of(
                GridDraft.readable(0, Cells.cell(COMMUNITY + "001", 118.00, 36.80, 0.01)),
                GridDraft.readable(1, Cells.cell(COMMUNITY + "002", 118.01, 36.80, 0.01))));
        assertThat(report.rejected()).isEmpty();
        assertThat(report.accepted()).hasSize(2);
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void aGridOverlappingAStoredSiblingByMoreThanASquareMetreIsRejected() {
        stored.add(Cells.cell(COMMUNITY + "001", 118.00, 36.80, 0.01));
        GridImportReport report = check.check(List.of(
                GridDraft.readable(0, Cells.cell(COMMUNITY + "002", 118.0099, 36.80, 0.01))));
        assertThat(report.rejected()).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("overlaps grid " + COMMUNITY + "001 by"));
    }

    @Test
    void aGridOverlappingAStoredGridOfAnotherCommunityIsRejected() {
        stored.add(Cells.cell(OTHER_COMMUNITY + "001", 118.00, 36.80, 0.01));
        GridImportReport report = check.check(List.of(
                GridDraft.readable(0, Cells.cell(COMMUNITY + "002", 118.005, 36.80, 0.01))));
        assertThat(report.rejected()).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("overlaps grid " + OTHER_COMMUNITY + "001 by"));
    }

    @Test
    void twoGridsOfDifferentCommunitiesOverlappingInOneImportAreNotBothAccepted() {
        GridImportReport report = check.check(List.of(
                GridDraft.readable(0, Cells.cell(OTHER_COMMUNITY + "001", 118.00, 36.80, 0.01)),
                GridDraft.readable(1, Cells.cell(COMMUNITY + "001", 118.005, 36.80, 0.01))));
        assertThat(report.accepted()).hasSize(1);
        assertThat(report.rejected()).singleElement()
                .satisfies(r -> assertThat(r.reason()).startsWith("overlaps grid " + OTHER_COMMUNITY + "001 by"));
    }

    @Test
    void anOverlapBelowTheToleranceIsAccepted() {
        stored.add(Cells.cell(COMMUNITY + "001", 118.00, 36.80, 0.01));
        // a 0.01°-tall strip 5e-9° wide at 36.8°N is about 0.45 mm × 1112 m, half a square metre
        double west = 118.01 - 5e-9;
        GridShape sliver = GridShape.of(GridShape.FACTORY.createPolygon(new org.locationtech.jts.geom.Coordinate[] {
            new org.locationtech.jts.geom.Coordinate(west, 36.80), new org.locationtech.jts.geom.Coordinate(118.02, 36.80),
            new org.locationtech.jts.geom.Coordinate(118.02, 36.81), new org.locationtech.jts.geom.Coordinate(west, 36.81),
            new org.locationtech.jts.geom.Coordinate(west, 36.80)}));
        GridCell neighbour = new GridCell(new GridCode(COMMUNITY + "002"), "x", GridKind.COMPREHENSIVE, 1, 1, null, sliver, 0);
        assertThat(GridImportCheck.overlapSquareMetres(neighbour.shape(), stored.get(0).shape())).isBetween(0.3, 0.6);
        GridImportReport report = check.check(List.of(GridDraft.readable(0, neighbour)));
        assertThat(report.rejected()).isEmpty();
    }

    @Test
    void replacingAGridIsNotAnOverlapWithItsOldSelf() {
        stored.add(Cells.cell(COMMUNITY + "001", 118.00, 36.80, 0.01));
        GridImportReport report = check.check(List.of(
                GridDraft.readable(0, Cells.cell(COMMUNITY + "001", 118.001, 36.80, 0.01))));
        assertThat(report.rejected()).isEmpty();
    }

    @Test
    void aGridOfAnUnknownCommunityIsRejected() {
        GridImportReport report = check.check(List.of(
                GridDraft.readable(0, Cells.cell("370303102999001", 118.00, 36.80, 0.01))));
        assertThat(report.rejected()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("unknown community 370303102999"));
    }

    @Test
    void theSameCodeTwiceInOneImportIsRejectedTheSecondTime() {
        GridImportReport report = check.check(List.of(
                GridDraft.readable(0, Cells.cell(COMMUNITY + "001", 118.00, 36.80, 0.01)),
                GridDraft.readable(1, Cells.cell(COMMUNITY + "001", 118.05, 36.80, 0.01))));
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo(1);
            assertThat(r.reason()).isEqualTo("duplicate code in this import");
        });
    }

    @Test
    void anUnreadableFeatureKeepsItsReason() {
        GridImportReport report = check.check(List.of(GridDraft.unreadable(3, COMMUNITY + "001", "invalid geometry: x")));
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo("invalid geometry: x");
        });
    }

    @Test
    void aHoleLeftBetweenTheGridsOfACommunityIsWarnedAbout() {
        List<GridDraft> ring = new ArrayList<>();
        int serial = 1;
        for (int x = 0; x < 3; x++) {
            for (int y = 0; y < 3; y++) {
                if (x == 1 && y == 1) {
                    continue;
                }
                ring.add(GridDraft.readable(serial, Cells.cell(String.format("%s%03d", COMMUNITY, serial++),
                        118.0 + x * 0.01, 36.8 + y * 0.01, 0.01)));
            }
        }
        GridImportReport report = check.check(ring);
        assertThat(report.accepted()).hasSize(8);
        assertThat(report.warnings()).singleElement().asString().contains("community " + COMMUNITY + " has 1 gap");
    }

    @Test
    void areasAreMeasuredInSquareMetres() {
        // 0.01° × 0.01° at 36.8°N: about 1112 m × 891 m
        double area = Cells.square(118.0, 36.8, 0.01).areaSquareMetres();
        assertThat(area).isBetween(0.98e6, 1.0e6);
    }
}

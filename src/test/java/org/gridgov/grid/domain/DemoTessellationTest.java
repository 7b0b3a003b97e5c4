package org.gridgov.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

class DemoTessellationTest {

    private static List<Area> zibo;
    private static List<GridCell> cells;

    @BeforeAll
    static void tessellateZibo() {
        List<DivisionRow> rows = DivisionsCsv.read(new InputStreamReader(
                DemoTessellationTest.class.getResourceAsStream("/reference/zibo-divisions.csv"), StandardCharsets.UTF_8));
        zibo = new DivisionsImport(code -> Optional.empty()).check(rows).added();
        cells = new DemoTessellation(ZiboDemo.SEED).tessellate(zibo, ZiboDemo.DISTRICT_CENTRES,
                ZiboDemo.COMMUNITIES_WITH_TWO_GRIDS);
    }

    @Test
    void ziboGetsAboutFiveThousandCellsOfThreeToFiveHundredHouseholds() {
        assertThat(cells).hasSizeBetween(4_500, 5_500);
        assertThat(cells).allSatisfy(c -> assertThat(c.households()).isBetween(300, 500));
        assertThat(cells).extracting(c -> c.code().communityCode()).containsAll(
                zibo.stream().filter(a -> a.level() == AreaLevel.COMMUNITY).map(Area::code).toList());
    }

    @Test
    void theDemoWorkersCommunityHasItsTwoGrids() {
        assertThat(cells).extracting(c -> c.code().value()).contains("370303102001001", "370303102001002");
    }

    @Test
    void theSameSeedGivesTheSameCells() {
        List<GridCell> again = new DemoTessellation(ZiboDemo.SEED).tessellate(zibo, ZiboDemo.DISTRICT_CENTRES,
                ZiboDemo.COMMUNITIES_WITH_TWO_GRIDS);
        assertThat(again).isEqualTo(cells);
    }

    @Test
    void cellsDoNotOverlapAndEachCellsInteriorLocatesBackToIt() {
        STRtree tree = new STRtree();
        cells.forEach(c -> tree.insert(c.shape().geometry().getEnvelopeInternal(), c));
        for (GridCell cell : cells) {
            @SuppressWarnings("unchecked")
            List<GridCell> near = tree.query(cell.shape().geometry().getEnvelopeInternal());
            for (GridCell other : near) {
                if (other != cell) {
                    assertThat(GridImportCheck.overlapSquareMetres(cell.shape(), other.shape()))
                            .as("%s vs %s", cell.code(), other.code()).isLessThan(0.01);
                }
            }
        }
        GridIndex index = new GridIndex();
        index.load(cells);
        for (GridCell cell : cells) {
            Point inside = cell.shape().geometry().getInteriorPoint();
            assertThat(index.locate(new LatLon(inside.getY(), inside.getX()))).contains(cell.code());
        }
    }

    @Test
    void districtsSitAtTheirRealPlaces() {
        GridIndex index = new GridIndex();
        index.load(cells);
        assertThat(index.locate(new LatLon(36.81, 118.05))).hasValueSatisfying(
                code -> assertThat(code.districtCode()).isEqualTo("370303"));
        assertThat(index.locate(new LatLon(36.18, 118.17))).hasValueSatisfying(
                code -> assertThat(code.districtCode()).isEqualTo("370323"));
    }

    @Test
    void aProvinceSizedSetCanBeGenerated() {
        List<GridCell> province = new DemoTessellation(1).province(20_000, new LatLon(36.5, 118.0));
        assertThat(province).hasSize(20_000);
        assertThat(province).extracting(GridCell::code).doesNotHaveDuplicates();
    }
}

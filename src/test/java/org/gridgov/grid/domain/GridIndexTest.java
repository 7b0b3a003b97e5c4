package org.gridgov.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridIndexTest {

    private static final GridCode WEST = new GridCode("370303102001001");
    private static final GridCode EAST = new GridCode("370303102001002");

    private final GridIndex index = new GridIndex();

    @Test
    void aPointInsideACellIsFoundInIt() {
        index.load(List.of(Cells.cell(WEST.value(), 118.00, 36.80, 0.01), Cells.cell(EAST.value(), 118.01, 36.80, 0.01)));
        assertThat(index.locate(new LatLon(36.805, 118.005))).contains(WEST);
        assertThat(index.locate(new LatLon(36.805, 118.015))).contains(EAST);
        assertThat(index.locate(new LatLon(36.9, 118.9))).isEmpty();
    }

    @Test
    void aPointOnASharedEdgeGoesToTheLowestCodeWhateverTheLoadOrder() {
        index.load(List.of(Cells.cell(EAST.value(), 118.01, 36.80, 0.01), Cells.cell(WEST.value(), 118.00, 36.80, 0.01)));
        assertThat(index.locate(new LatLon(36.805, 118.01))).contains(WEST);
        GridIndex other = new GridIndex();
        other.upsert(EAST, Cells.square(118.01, 36.80, 0.01), 0);
        other.upsert(WEST, Cells.square(118.00, 36.80, 0.01), 0);
        assertThat(other.locate(new LatLon(36.805, 118.01))).contains(WEST);
    }

    @Test
    void anUpsertMovesACellAndARetireRemovesIt() {
        index.load(List.of(Cells.cell(WEST.value(), 118.00, 36.80, 0.01)));
        index.upsert(WEST, Cells.square(118.50, 36.80, 0.01), 1);
        assertThat(index.locate(new LatLon(36.805, 118.005))).isEmpty();
        assertThat(index.locate(new LatLon(36.805, 118.505))).contains(WEST);
        index.retire(WEST, 2);
        assertThat(index.locate(new LatLon(36.805, 118.505))).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void anOlderRevisionNeverOverwritesANewerOne() {
        index.upsert(WEST, Cells.square(118.50, 36.80, 0.01), 5);
        index.upsert(WEST, Cells.square(118.00, 36.80, 0.01), 4);
        index.load(List.of(Cells.cell(WEST.value(), 118.00, 36.80, 0.01)));
        assertThat(index.locate(new LatLon(36.805, 118.505))).contains(WEST);
        index.retire(WEST, 6);
        index.upsert(WEST, Cells.square(118.50, 36.80, 0.01), 5);
        assertThat(index.locate(new LatLon(36.805, 118.505))).isEmpty();
    }

    @Test
    void manyChangesFoldIntoARebuiltTreeWithoutLosingAnyCell() {
        List<GridCell> cells = new ArrayList<>();
        for (int i = 0; i < GridIndex.OVERLAY_LIMIT * 2; i++) {
            cells.add(Cells.cell(String.format("370303102%03d001", i % 1000), 118.0 + i * 0.001, 36.8, 0.001));
        }
        for (GridCell cell : cells) {
            index.upsert(cell.code(), cell.shape(), 1);
        }
        assertThat(index.size()).isEqualTo(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            assertThat(index.locate(new LatLon(36.8005, 118.0 + i * 0.001 + 0.0005))).contains(cells.get(i).code());
        }
    }
}

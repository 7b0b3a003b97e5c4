package org.gridgov.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerScopeTest {

    private final WorkerScope worker = WorkerScope.of(List.of("370303102001001", "370303102001002"));

    @Test
    void aPointInTheWorkersOwnGridIsAcceptedUnflagged() {
        WorkerScope.Placement placement = worker.place(chain("370303102001002"));
        assertThat(placement.accepted()).isTrue();
        assertThat(placement.outsideOwnGrids()).isFalse();
    }

    @Test
    void aPointInAnotherGridOfTheSameTownshipIsAcceptedAndFlagged() {
        WorkerScope.Placement placement = worker.place(chain("370303102005007"));
        assertThat(placement).isEqualTo(WorkerScope.Placement.OTHER_GRID_IN_TOWNSHIP);
        assertThat(placement.accepted()).isTrue();
        assertThat(placement.outsideOwnGrids()).isTrue();
    }

    @Test
    void aPointInAnotherTownshipIsRefused() {
        assertThat(worker.place(chain("370303103001001")).accepted()).isFalse();
    }

    @Test
    void aWorkerWithoutGridsHasNoTownshipAndMayReportNowhere() {
        assertThat(WorkerScope.of(List.of()).place(chain("370303102001001")).accepted()).isFalse();
    }

    private static GridChain chain(String grid) {
        return new GridChain(grid, grid.substring(0, 12), grid.substring(0, 9), grid.substring(0, 6));
    }
}

package org.gridgov.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TileAddressTest {

    @Test
    void aTileOfTheGridZoomsWithinItsRowAndColumnRangeIsAccepted() {
        assertThat(TileAddress.check(8, 0, 0)).isEmpty();
        assertThat(TileAddress.check(8, 255, 255)).isEmpty();
        assertThat(TileAddress.check(20, (1 << 20) - 1, 0)).isEmpty();
    }

    @Test
    void aRefusalNamesThePartOfTheAddressThatIsWrong() {
        assertThat(TileAddress.check(7, 0, 0)).hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("z"));
        assertThat(TileAddress.check(21, 0, 0)).hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("z"));
        assertThat(TileAddress.check(8, 256, 0)).hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("x"));
        assertThat(TileAddress.check(8, -1, 0)).hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("x"));
        assertThat(TileAddress.check(8, 0, 256)).hasValueSatisfying(r -> assertThat(r.field()).isEqualTo("y"));
        assertThatThrownBy(() -> new TileAddress(12, 4096, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lowZoomsUseTheCoarseOutlinesAndFewerTileUnitsAndCarryOnlyWhatColoursAGrid() {
        assertThat(new TileAddress(10, 0, 0).extent()).isEqualTo(256);
        assertThat(new TileAddress(10, 0, 0).thin()).isTrue();
        assertThat(new TileAddress(11, 0, 0).extent()).isEqualTo(4096);
        assertThat(new TileAddress(11, 0, 0).thin()).isFalse();
        assertThat(new TileAddress(12, 0, 0).coarse()).isTrue();
        assertThat(new TileAddress(13, 0, 0).coarse()).isFalse();
    }

    @Test
    void aTileLiesInItsParentAtTheZoomBelow() {
        assertThat(new TileAddress(10, 847, 399).parent()).isEqualTo(new TileAddress(9, 423, 199));
        assertThat(new TileAddress(9, 423, 199).parent()).isEqualTo(new TileAddress(8, 211, 99));
        assertThatThrownBy(() -> new TileAddress(8, 211, 99).parent()).as("no grid tiles below zoom 8").isInstanceOf(IllegalArgumentException.class);
        assertThat(TileAddress.lastThinZoom()).isEqualTo(10);
    }
}

package org.gridgov.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinningAndAreaTest {

    @Test
    void pointsInTheSameSquareShareACellAndTheCellContainsThem() {
        SquareBinning binning = new SquareBinning(0.01);

        SquareBinning.Cell a = binning.cellOf(36.8012, 118.0551);
        SquareBinning.Cell b = binning.cellOf(36.8099, 118.0501);
        SquareBinning.Bounds bounds = binning.bounds(a);

        assertThat(a).isEqualTo(b).isEqualTo(new SquareBinning.Cell(11805, 3680));
        assertThat(bounds.west()).isCloseTo(118.05, within(1e-9));
        assertThat(bounds.north()).isCloseTo(36.81, within(1e-9));
        assertThat(binning.cellOf(36.8101, 118.0551)).isNotEqualTo(a);
    }

    @Test
    void absurdCellSizesAreRefused() {
        assertThatThrownBy(() -> new SquareBinning(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SquareBinning(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void p90IsTheNearestRank() {
        assertThat(Percentile.of(0.9, 5, 1, 4, 2, 3, 6, 7, 8, 9, 10)).isEqualTo(9.0);
        assertThat(Percentile.of(0.9, 3, 1)).isEqualTo(3.0);
        assertThat(Percentile.of(0.9)).isNull();
    }

    @Test
    void areaCodesNestByPrefixUnderTheCity() {
        AreaCode city = AreaCode.parse("370300", "370300").orElseThrow();
        AreaCode township = AreaCode.parse("370303102", "370300").orElseThrow();

        assertThat(city.level()).isEqualTo(AreaCode.Level.CITY);
        assertThat(city.contains("370303102001001")).isTrue();
        assertThat(township.level()).isEqualTo(AreaCode.Level.TOWNSHIP);
        assertThat(township.contains("370303102001001")).isTrue();
        assertThat(township.contains("370303001001001")).isFalse();
        assertThat(AreaCode.parse("110101001", "370300")).isEmpty();
        assertThat(AreaCode.parse("3703031", "370300")).isEmpty();
        assertThat(AreaCode.parse("37030a102", "370300")).isEmpty();
    }
}

package org.gridgov.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestRankTest {

    private final List<Integer> tenValues = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

    @Test
    void aQuantileIsTheSmallestValueWithThatShareAtOrBelowIt() {
        assertThat(NearestRank.quantile(tenValues, 0.50)).isEqualTo(5);
        assertThat(NearestRank.quantile(tenValues, 0.95)).isEqualTo(10);
        assertThat(NearestRank.quantile(tenValues, 0.91)).isEqualTo(10);
        assertThat(NearestRank.quantile(tenValues, 0.90)).isEqualTo(9);
        assertThat(NearestRank.quantile(tenValues, 1.0)).as("the largest").isEqualTo(10);
        assertThat(NearestRank.quantile(tenValues, 0.01)).as("the smallest").isEqualTo(1);
        assertThat(NearestRank.quantile(List.of(7L), 0.99)).isEqualTo(7L);
    }

    @Test
    void thereIsNoQuantileOfNothing() {
        assertThatThrownBy(() -> NearestRank.quantile(List.of(), 0.5)).hasMessageContaining("no values");
    }
}

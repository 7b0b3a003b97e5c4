package org.gridgov.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShowcaseKpiTest {

    @Test
    void theLatestValueIsTheMostRecentlyMeasuredEvenWhenItArrivedFirst() {
        KpiReading november = reading("cases_this_month", 120, "2026-11", "2026-11-28T10:00:00Z");
        KpiReading october = reading("cases_this_month", 98, "2026-10", "2026-10-31T23:00:00Z");
        Map<String, KpiBoard.Series> board = KpiBoard.of(List.of(november, october));
        assertThat(board.get("cases_this_month").latest()).isEqualTo(november);
        assertThat(board.get("cases_this_month").history()).containsExactly(october, november);
    }

    @Test
    void eachMetricHasItsOwnSeries() {
        Map<String, KpiBoard.Series> board = KpiBoard.of(List.of(
                reading("cases_this_month", 120, "2026-11", "2026-11-28T10:00:00Z"),
                reading("satisfaction_rate", 0.97, "2026-11", "2026-11-28T10:00:00Z")));
        assertThat(board).containsOnlyKeys("cases_this_month", "satisfaction_rate");
    }

    @Test
    void aSiteIdIsASlug() {
        assertThatThrownBy(() -> new ShowcaseSite("Fengshui Grid", "沣水镇", SiteKind.STAR, UUID.randomUUID(), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static KpiReading reading(String metric, double value, String period, String at) {
        return new KpiReading("fengshui-grid", metric, value, null, period, Instant.parse(at));
    }
}

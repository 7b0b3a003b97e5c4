package org.gridgov.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CloseTimeTest {

    @Test
    void bucketsAreWholeHoursUpToTenDaysThenDays() {
        assertThat(CloseTime.bucketOf(0)).isZero();
        assertThat(CloseTime.bucketOf(74 * 3600 + 3599)).isEqualTo(74);
        assertThat(CloseTime.bucketOf(239 * 3600)).isEqualTo(239);
        assertThat(CloseTime.bucketOf(240 * 3600)).isEqualTo(240);
        assertThat(CloseTime.bucketOf((240 + 49) * 3600L)).isEqualTo(242);
        assertThat(CloseTime.lowerBoundHours(242)).isEqualTo(288.0);
        assertThat(CloseTime.bucketOf(10_000 * 3600L)).isEqualTo(CloseTime.LAST_BUCKET);
        assertThat(CloseTime.bucketOf(-5)).isZero();
    }

    @Test
    void p90IsTheNearestRankOverTheHistogram() {
        SortedMap<Integer, Long> histogram = new TreeMap<>();
        histogram.put(2, 5L);   // 5 cases closed within 2-3 h
        histogram.put(10, 4L);  // 4 cases within 10-11 h: the 9th case of 10 is here
        histogram.put(250, 1L); // one case after ~20 days

        assertThat(CloseTime.p90(histogram)).isEqualTo(10.0);
        histogram.put(250, 2L); // 11 cases: rank ceil(9.9) = 10 → the first of the long ones
        assertThat(CloseTime.p90(histogram)).isEqualTo(CloseTime.lowerBoundHours(250));
        assertThat(CloseTime.p90(new TreeMap<>())).isNull();
    }
}

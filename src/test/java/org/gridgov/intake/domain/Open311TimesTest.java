package org.gridgov.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** start_date and end_date as real clients send them, read in the jurisdiction's zone (Asia/Shanghai). */
class Open311TimesTest {

    private final Open311Times times = Open311Times.CHINA;

    @Test
    void aCompleteDateIsTheWholeDayInTheJurisdiction() {
        assertThat(times.parseStart("2026-05-04")).contains(Instant.parse("2026-05-03T16:00:00Z"));
        assertThat(times.parseEnd("2026-05-04")).contains(Instant.parse("2026-05-04T16:00:00Z"));
    }

    @Test
    void aPlusThatArrivedAsASpaceIsStillAnOffset() {
        // the Java client writes start_date=2026-05-04T08:00:00+08:00 into the query unencoded
        assertThat(times.parseStart("2026-05-04T08:00:00 08:00")).contains(Instant.parse("2026-05-04T00:00:00Z"));
        assertThat(times.parseStart("2026-05-04T08:00:00 0800")).contains(Instant.parse("2026-05-04T00:00:00Z"));
        assertThat(times.parseStart("2026-05-04T08:00 08:00")).contains(Instant.parse("2026-05-04T00:00:00Z"));
    }

    @Test
    void w3cDateTimesWithZuluNegativeOrNoOffsetAndFractions() {
        assertThat(times.parseStart("2026-05-04T00:00:00Z")).contains(Instant.parse("2026-05-04T00:00:00Z"));
        assertThat(times.parseStart("2026-05-03T19:00:00-05:00")).contains(Instant.parse("2026-05-04T00:00:00Z"));
        assertThat(times.parseStart("2026-05-04T08:00:00.250+08:00")).contains(Instant.parse("2026-05-04T00:00:00.250Z"));
        assertThat(times.parseStart("2026-05-04T08:00:00")).contains(Instant.parse("2026-05-04T00:00:00Z"));
    }

    @Test
    void somethingElseIsNoDate() {
        assertThat(times.parseStart("last-week")).isEmpty();
        assertThat(times.parseStart("2026-13-01")).isEmpty();
        assertThat(times.parseEnd("2026-05-04T25:00:00Z")).isEmpty();
        assertThat(times.parseEnd("2026-01-01T00:00:00Z\0")).isEmpty();
    }

    @Test
    void writtenWithoutFractionInTheOffsetOfTheZone() {
        assertThat(times.format(Instant.parse("2026-12-31T16:30:00.999Z"))).isEqualTo("2027-01-01T00:30:00+08:00");
    }
}

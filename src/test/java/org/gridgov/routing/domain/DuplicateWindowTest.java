package org.gridgov.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateWindowTest {

    private final DuplicateWindow window = DuplicateWindow.DEFAULT;
    private final Instant seen = Instant.parse("2025-03-12T02:00:00Z");

    @Test
    void aReportExactlyFiftyMetresAwayIsStillTheSameEvent() {
        assertThat(window.covers(50.0, seen, seen)).isTrue();
    }

    @Test
    void aReportJustBeyondFiftyMetresIsANewEvent() {
        assertThat(window.covers(50.01, seen, seen)).isFalse();
    }

    @Test
    void aReportExactlySeventyTwoHoursLaterIsStillTheSameEvent() {
        assertThat(window.covers(10, seen, seen.plus(Duration.ofHours(72)))).isTrue();
    }

    @Test
    void aReportOneSecondPastSeventyTwoHoursIsANewEvent() {
        assertThat(window.covers(10, seen, seen.plus(Duration.ofHours(72)).plusSeconds(1))).isFalse();
    }

    @Test
    void aReportObservedBeforeTheCaseWasLastSeenCountsTheSameWay() {
        assertThat(window.covers(10, seen, seen.minus(Duration.ofHours(72)))).isTrue();
        assertThat(window.covers(10, seen, seen.minus(Duration.ofHours(72)).minusSeconds(1))).isFalse();
        assertThat(window.earliest(seen)).isEqualTo(seen.minus(Duration.ofHours(72)));
    }

    @Test
    void aCategoryCanHaveItsOwnWindow() throws Exception {
        DuplicateWindows windows = DuplicateWindows.parse(DuplicateWindow.DEFAULT,
                new StringReader("category,radius_m,window_hours\n0403,200,24\n"));
        assertThat(windows.forCategory("0403")).isEqualTo(new DuplicateWindow(200, Duration.ofHours(24)));
        assertThat(windows.forCategory("0101")).isEqualTo(DuplicateWindow.DEFAULT);
        assertThat(new DuplicateWindows(DuplicateWindow.DEFAULT, Map.of()).forCategory("0403"))
                .isEqualTo(DuplicateWindow.DEFAULT);
    }
}

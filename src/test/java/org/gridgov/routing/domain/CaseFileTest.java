package org.gridgov.routing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseFileTest {

    private static final Instant OBSERVED = Instant.parse("2026-05-04T08:00:00Z");
    private static final GridChain GRID = new GridChain("370302001001001", "370302001001", "370302001", "370302");

    private static CaseFile opened() {
        CaseFile.Report first = new CaseFile.Report(UUID.randomUUID(), "worker", "w1", "manhole open",
                36.8, 118.05, OBSERVED);
        return CaseFile.opened(UUID.randomUUID(), "0101", first, GRID, "normal",
                new CaseFile.Assignee("CITY_DEPARTMENT", "CGJ", false), new TimeLimit(2, LimitUnit.WORKING_DAY),
                new Deadlines.Due(OBSERVED.plusSeconds(172_800), false));
    }

    @Test
    void aNewFileIsOpenSeenOnceAtItsFirstReportWithItsTimeLimit() {
        CaseFile file = opened();
        assertThat(file.open()).isTrue();
        assertThat(file.reportCount()).isEqualTo(1);
        assertThat(file.observedAt()).isEqualTo(OBSERVED);
        assertThat(file.lastSeenAt()).isEqualTo(OBSERVED);
        assertThat(file.grid()).isEqualTo(GRID);
        assertThat(file.limitValue()).isEqualTo(2);
        assertThat(file.limitUnit()).isEqualTo(LimitUnit.WORKING_DAY.wire());
        assertThat(file.deadline()).isEqualTo(OBSERVED.plusSeconds(172_800));
        assertThat(file.deadlineCalendarMissing()).isFalse();
    }

    @Test
    void aLaterReportCountsAndMovesLastSeenAnEarlierOneOnlyCounts() {
        CaseFile later = opened().seenAgain(OBSERVED.plusSeconds(3600));
        assertThat(later.reportCount()).isEqualTo(2);
        assertThat(later.lastSeenAt()).isEqualTo(OBSERVED.plusSeconds(3600));

        CaseFile earlier = later.seenAgain(OBSERVED.minusSeconds(3600));
        assertThat(earlier.reportCount()).isEqualTo(3);
        assertThat(earlier.lastSeenAt()).isEqualTo(OBSERVED.plusSeconds(3600));
        assertThat(earlier.observedAt()).isEqualTo(OBSERVED);
    }

    @Test
    void aReassignedFileIsOpenWithItsNewTargetAndTimeLimitAndKeepsItsHistory() {
        CaseFile seen = opened().seenAgain(OBSERVED.plusSeconds(60));
        CaseFile closed = new CaseFile(seen.caseId(), seen.category(), seen.firstReportId(), seen.source(), seen.reporter(),
                seen.description(), seen.grid(), seen.lat(), seen.lon(), seen.priority(), seen.assigneeKind(),
                seen.assigneeCode(), seen.arbitration(), seen.limitValue(), seen.limitUnit(), seen.deadline(),
                seen.deadlineCalendarMissing(), seen.observedAt(), seen.lastSeenAt(), seen.reportCount(), false, 3L);

        CaseFile rerouted = closed.reassigned(new CaseFile.Assignee("TOWNSHIP_CENTRE", "370302001-CENTRE", true), "high",
                null, null);

        assertThat(rerouted.open()).isTrue();
        assertThat(rerouted.assigneeKind()).isEqualTo("TOWNSHIP_CENTRE");
        assertThat(rerouted.assigneeCode()).isEqualTo("370302001-CENTRE");
        assertThat(rerouted.arbitration()).isTrue();
        assertThat(rerouted.priority()).isEqualTo("high");
        assertThat(rerouted.limitValue()).isNull();
        assertThat(rerouted.deadline()).isNull();
        assertThat(rerouted.reportCount()).isEqualTo(2);
        assertThat(rerouted.lastSeenAt()).isEqualTo(OBSERVED.plusSeconds(60));
        assertThat(rerouted.version()).isEqualTo(3L);
    }
}

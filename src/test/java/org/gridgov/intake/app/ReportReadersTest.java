package org.gridgov.intake.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.intake.domain.CaseStatus;
import org.gridgov.intake.domain.Coordinates;
import org.gridgov.intake.domain.Crs;
import org.gridgov.intake.domain.GridChain;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.domain.Source;
import org.gridgov.platform.security.Caller;
import org.gridgov.platform.security.Role;
import org.junit.jupiter.api.Test;

class ReportReadersTest {

    private static final GridChain GRID = new GridChain("370303102001001", "370303102001", "370303102", "370303");

    @Test
    void theReporterTheGridsWorkersTheTownshipAndAdminsMayRead() {
        Report report = report(null);
        assertThat(ReadReports.mayRead(report, new Caller("alice", Role.WORKER, List.of()))).isTrue();
        assertThat(ReadReports.mayRead(report, new Caller("bob", Role.WORKER, List.of("370303102001001")))).isTrue();
        assertThat(ReadReports.mayRead(report, new Caller("op", Role.TOWNSHIP, List.of("370303102")))).isTrue();
        assertThat(ReadReports.mayRead(report, new Caller("root", Role.ADMIN, List.of()))).isTrue();
    }

    @Test
    void aWorkerOfAnotherGridAnotherTownshipAndAnUnroutedDispatcherMayNot() {
        Report report = report(null);
        assertThat(ReadReports.mayRead(report, new Caller("carol", Role.WORKER, List.of("370303102001002")))).isFalse();
        assertThat(ReadReports.mayRead(report, new Caller("op2", Role.TOWNSHIP, List.of("370303103")))).isFalse();
        assertThat(ReadReports.mayRead(report, new Caller("cgj", Role.DISPATCHER, List.of("CGJ")))).isFalse();
    }

    @Test
    void theDispatcherOfTheCasesDepartmentMayRead() {
        CaseStatus dispatched = new CaseStatus(UUID.randomUUID(), "ZB-2026-000001", "dispatched", "CGJ", null, null, 1,
                Instant.parse("2026-05-04T08:00:00Z"));
        assertThat(ReadReports.mayRead(report(dispatched), new Caller("cgj", Role.DISPATCHER, List.of("CGJ")))).isTrue();
        assertThat(ReadReports.mayRead(report(dispatched), new Caller("hbj", Role.DISPATCHER, List.of("HBJ")))).isFalse();
    }

    private static Report report(CaseStatus status) {
        return new Report(UUID.randomUUID(), UUID.randomUUID(), Source.WORKER, "alice", "0102", "garbage",
                new Coordinates(36.8, 118.0), 5.0, Crs.WGS84, null, null, Map.of(), GRID, false, List.of(),
                Instant.parse("2026-05-04T07:00:00Z"), Instant.parse("2026-05-04T07:01:00Z"), "f", status);
    }
}

package org.gridgov.dispatch.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Fixtures: cases in any state, as a lifecycle would leave them. */
final class Cases {

    /** Monday 2026-11-23 10:00 UTC. */
    static final Instant MONDAY_10 = Instant.parse("2026-11-23T10:00:00Z");
    static final String REPORTER = "worker-1";
    /** The township's own limits in the fixtures: 1 working day to verify, 4 working hours to close. */
    static final PhaseLimits TOWNSHIP_LIMITS = new PhaseLimits(new TimeLimit(1, LimitUnit.WORKING_DAY),
            new TimeLimit(4, LimitUnit.WORKING_HOUR));

    private Cases() {
    }

    static NewCase workerReport(String department) {
        return new NewCase(UUID.randomUUID(), "ZB-2026-000001", "0101", Priority.NORMAL, Source.WORKER,
                REPORTER, "illegal shed", new GridChain("370303102001001", "370303102001", "370303102", "370303"),
                new GeoPoint(36.8, 118.0), UUID.randomUUID(), department, false,
                new TimeLimit(5, LimitUnit.WORKING_DAY), MONDAY_10);
    }

    static NewCase citizenReport(String department) {
        NewCase w = workerReport(department);
        return new NewCase(w.id(), w.number(), w.category(), w.priority(), Source.CITIZEN, "open311-app",
                w.description(), w.grid(), w.location(), w.reportId(), department, false, w.timeLimit(), w.reportedAt());
    }

    /** A case of the worker fixture put straight into {@code state}, dispatched to CGJ at MONDAY_10. */
    static Case in(CaseState state) {
        CaseDraft d = new CaseDraft(Case.open(citizenReport("CGJ"), MONDAY_10, OfficeHours.CALENDAR).after());
        d.reporter = REPORTER;
        d.state = state;
        if (state != CaseState.REPORTED && state != CaseState.REGISTERED && state != CaseState.REJECTED
                && state != CaseState.CHECKING) {
            d.dispatchTo("CGJ", MONDAY_10, OfficeHours.CALENDAR);
        }
        if (state == CaseState.RESOLVED || state == CaseState.VERIFIED || state == CaseState.CLOSED) {
            d.resolvedAt = MONDAY_10;
            d.resolvedOnTime = true;
        }
        if (state == CaseState.RESOLVED) {
            d.startTownshipClock(TOWNSHIP_LIMITS.verification(), MONDAY_10, OfficeHours.CALENDAR);
        }
        if (state == CaseState.VERIFIED) {
            d.verifiedAt = MONDAY_10;
            d.verifiedOnTime = true;
            d.startTownshipClock(TOWNSHIP_LIMITS.closing(), MONDAY_10, OfficeHours.CALENDAR);
        }
        if (state == CaseState.CLOSED) {
            d.closedAt = MONDAY_10;
            d.closedOnTime = true;
        }
        if (state == CaseState.DEFERRED) {
            d.pause = new Pause(CaseState.ACCEPTED, "waiting for the dry season", "township", MONDAY_10,
                    java.time.LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T00:00:00Z"));
        }
        if (state == CaseState.PARKED) {
            d.pause = new Pause(CaseState.DISPATCHED, "needs the district's decision", "township", MONDAY_10, null, null);
        }
        if (state == CaseState.RETURNED) {
            d.returnedBy = List.of("CGJ");
            d.deadline = null;
        }
        return d.build();
    }

    static Case with(Case c, java.util.function.Consumer<CaseDraft> change) {
        CaseDraft d = new CaseDraft(c);
        change.accept(d);
        return d.build();
    }
}

package org.gridgov.dispatch.messaging;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.CaseChange;
import org.gridgov.dispatch.domain.Phase;

/** Domain changes → wire records. Domain types never go on the wire. */
public final class WireMapping {

    private WireMapping() {
    }

    /** Schema version of the cases.v1 messages dispatch writes. */
    public static final int CASE_EVENT_SCHEMA_VERSION = 2;

    /**
     * The cases.v1 message for a change; {@code version} is the version the case was saved with,
     * {@code sequence} the change's number in the case's event sequence.
     */
    public static CaseEventV2 caseEvent(CaseChange change, long version, long sequence) {
        Case c = change.after();
        return new CaseEventV2(UUID.randomUUID(), change.action().eventType(), change.at(), CASE_EVENT_SCHEMA_VERSION,
                c.id(), c.number(), version, sequence, c.state().wire(), change.from() == null ? null : change.from().wire(),
                change.action().wire(), change.actor().name(), change.actor().role().name(), change.reason(),
                c.category(), lower(c.priority()), lower(c.source()), change.addsReport() ? change.report() : null,
                c.reportCount(), c.reporter(), grid(c),
                location(c), c.department(), c.handler(), c.deadline() == null ? null : c.deadline().dueAt(),
                c.reportedAt(), c.dispatchedAt(), c.resolvedAt(), c.closedAt(), c.closedOnTime(),
                c.resolvedOnTime(), lower(c.escalation()), lower(c.warning()),
                c.rating() == null ? null : lower(c.rating()), c.returnedBy(),
                c.phase().map(Phase::wire).orElse(null), c.phaseDeadline() == null ? null : c.phaseDeadline().dueAt(),
                c.phase().isEmpty() ? null : lower(c.phaseWarning()), c.verifiedAt(), c.verifiedOnTime(),
                c.closingOnTime(), calendarMissing(c), c.selfResolved(), check(c), pause(c));
    }

    /**
     * True when a deadline the case carries reaches a year without a holiday schedule and was counted
     * Monday to Friday; null when the case has no deadline.
     */
    private static Boolean calendarMissing(Case c) {
        if (c.deadline() == null && c.phaseDeadline() == null) {
            return null;
        }
        return c.calendarMissing();
    }

    private static CaseEventV2.CheckV1 check(Case c) {
        var k = c.check();
        return k == null ? null : new CaseEventV2.CheckV1(lower(k.status()), k.requestedAt(), k.requestedBy(),
                k.warnAt(), k.dueAt(), k.answeredBy(), k.answeredAt(), k.note());
    }

    private static CaseEventV2.PauseV1 pause(Case c) {
        var p = c.pause();
        return p == null ? null : new CaseEventV2.PauseV1(p.from().wire(), p.reason(), p.by(), p.since(), p.resumeOn());
    }

    /** A work order for the department the case now sits with. */
    public static WorkOrderV1 workOrderIssued(Case c, Instant at) {
        return workOrder("WorkOrderIssued", c, c.department(), at);
    }

    /** Withdraws the work order of a department that returned the case. */
    public static WorkOrderV1 workOrderWithdrawn(Case c, String department, Instant at) {
        return workOrder("WorkOrderWithdrawn", c, department, at);
    }

    private static WorkOrderV1 workOrder(String type, Case c, String department, Instant at) {
        return new WorkOrderV1(UUID.randomUUID(), type, at, 1, department, c.id(), c.number(), c.category(),
                lower(c.priority()), c.description() == null ? "" : c.description(), location(c), grid(c),
                c.deadline() == null ? null : c.deadline().dueAt(),
                c.deadline() != null && c.deadline().calendarMissing());
    }

    private static GridV1 grid(Case c) {
        return c.grid() == null ? null : new GridV1(c.grid().gridCode(), c.grid().communityCode(),
                c.grid().townshipCode(), c.grid().districtCode());
    }

    private static LocationV1 location(Case c) {
        return c.location() == null ? null : new LocationV1(c.location().lat(), c.location().lon());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

package org.gridgov.dispatch.persistence;

import java.util.List;
import java.util.Locale;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.CaseState;
import org.gridgov.dispatch.domain.Deadline;
import org.gridgov.dispatch.domain.EscalationLevel;
import org.gridgov.dispatch.domain.ExtensionStatus;
import org.gridgov.dispatch.domain.GeoPoint;
import org.gridgov.dispatch.domain.GridChain;
import org.gridgov.dispatch.domain.Pause;
import org.gridgov.dispatch.domain.LimitUnit;
import org.gridgov.dispatch.domain.Priority;
import org.gridgov.dispatch.domain.Rating;
import org.gridgov.dispatch.domain.SiteCheck;
import org.gridgov.dispatch.domain.Source;
import org.gridgov.dispatch.domain.TimeLimit;
import org.gridgov.dispatch.domain.TownshipPhases;
import org.gridgov.dispatch.domain.Warning;

/** Case ↔ row. Enums are stored by their lower-case wire names. */
final class CaseMapping {

    private CaseMapping() {
    }

    static CaseRow toRow(Case c) {
        GridChain g = c.grid();
        GeoPoint p = c.location();
        Deadline d = c.deadline();
        Deadline t = c.townshipDeadline();
        SiteCheck k = c.check();
        Pause z = c.pause();
        return new CaseRow(c.id(), c.number(), c.category(), lower(c.priority()), lower(c.source()), c.reporter(),
                c.description(),
                g == null ? null : g.gridCode(), g == null ? null : g.communityCode(),
                g == null ? null : g.townshipCode(), g == null ? null : g.districtCode(),
                p == null ? null : p.lat(), p == null ? null : p.lon(),
                c.reportCount(),
                c.department(), c.arbitration(), c.handler(),
                c.timeLimit().value(), lower(c.timeLimit().unit()),
                d == null ? null : d.startedAt(), d == null ? null : d.minutes(), d == null ? null : d.calendarTime(),
                d == null ? null : d.warnAt(), d == null ? null : d.dueAt(), d == null ? null : d.districtAt(),
                d == null ? null : d.calendarMissing(),
                c.state().wire(), lower(c.warning()), lower(c.escalation()), lower(c.extension()), c.extensionDays(),
                c.verificationFailed(), c.rating() == null ? null : lower(c.rating()), c.reopenedByRating(),
                c.returnedBy().toArray(String[]::new),
                c.reportedAt(), c.dispatchedAt(), c.resolvedAt(), c.closedAt(), c.resolvedOnTime(), c.closedOnTime(),
                c.version(),
                d == null ? null : d.redAt(),
                t == null ? null : t.startedAt(), t == null ? null : t.minutes(), t == null ? null : t.calendarTime(),
                t == null ? null : t.warnAt(), t == null ? null : t.dueAt(), t == null ? null : t.redAt(),
                t == null ? null : t.districtAt(), t == null ? null : t.calendarMissing(),
                lower(c.townshipWarning()), c.verifiedAt(), c.verifiedOnTime(), c.closingOnTime(), c.selfResolved(),
                k == null ? null : lower(k.status()), k == null ? null : k.requestedAt(),
                k == null ? null : k.requestedBy(), k == null ? null : k.warnAt(), k == null ? null : k.dueAt(),
                k == null ? null : k.answeredBy(), k == null ? null : k.answeredAt(), k == null ? null : k.note(),
                z == null ? null : z.from().wire(), z == null ? null : z.reason(), z == null ? null : z.by(),
                z == null ? null : z.since(), z == null ? null : z.resumeOn(), z == null ? null : z.resumeAt());
    }

    static Case toCase(CaseRow r) {
        GridChain grid = r.gridCode() == null ? null
                : new GridChain(r.gridCode(), r.communityCode(), r.townshipCode(), r.districtCode());
        GeoPoint location = r.lat() == null || r.lon() == null ? null : new GeoPoint(r.lat(), r.lon());
        Deadline deadline = r.dueAt() == null ? null
                : new Deadline(r.clockStartedAt(), r.clockMinutes(), Boolean.TRUE.equals(r.clockCalendarTime()),
                        r.warnAt(), r.dueAt(), r.districtAt(), Boolean.TRUE.equals(r.calendarMissing()), r.redAt());
        Deadline townshipDeadline = r.townshipDueAt() == null ? null
                : new Deadline(r.townshipClockStartedAt(), r.townshipClockMinutes(),
                        Boolean.TRUE.equals(r.townshipClockCalendarTime()), r.townshipWarnAt(), r.townshipDueAt(),
                        r.townshipDistrictAt(), Boolean.TRUE.equals(r.townshipCalendarMissing()), r.townshipRedAt());
        return new Case(r.id(), r.number(), r.category(), upper(Priority.class, r.priority()),
                upper(Source.class, r.source()), r.reporter(), r.description(), grid, location, r.reportCount(),
                r.department(), r.arbitration(), r.handler(),
                new TimeLimit(r.limitValue(), upper(LimitUnit.class, r.limitUnit())), deadline,
                CaseState.fromWire(r.state()), upper(Warning.class, r.warning()),
                upper(EscalationLevel.class, r.escalation()), upper(ExtensionStatus.class, r.extension()),
                r.extensionDays(), r.verificationFailed(),
                r.rating() == null ? null : upper(Rating.class, r.rating()), r.reopenedByRating(),
                List.of(r.returnedBy()), r.reportedAt(), r.dispatchedAt(), r.resolvedAt(), r.closedAt(),
                r.resolvedOnTime(), r.closedOnTime(), r.version(),
                new TownshipPhases(townshipDeadline,
                        r.townshipWarning() == null ? Warning.NONE : upper(Warning.class, r.townshipWarning()),
                        r.verifiedAt(), r.verifiedOnTime(), r.closingOnTime()),
                r.selfResolved(),
                r.checkStatus() == null ? null : new SiteCheck(upper(SiteCheck.Status.class, r.checkStatus()),
                        r.checkRequestedAt(), r.checkRequestedBy(), r.checkWarnAt(), r.checkDueAt(), r.checkAnsweredBy(),
                        r.checkAnsweredAt(), r.checkNote()),
                r.pauseFrom() == null ? null : new Pause(CaseState.fromWire(r.pauseFrom()), r.pauseReason(), r.pauseBy(),
                        r.pauseSince(), r.pauseResumeOn(), r.pauseResumeAt()));
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E upper(Class<E> type, String value) {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }
}

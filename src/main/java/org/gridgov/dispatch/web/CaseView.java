package org.gridgov.dispatch.web;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.gridgov.dispatch.domain.ActorRole;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.CaseAction;
import org.gridgov.dispatch.domain.Phase;
import org.gridgov.dispatch.domain.TimelineEntry;
import org.gridgov.dispatch.domain.Transitions;

/**
 * A case as the API shows it; {@code timeline} only on the single-case page. Its reports are
 * counted here and listed page by page at {@code /api/v1/cases/{id}/reports}. {@code calendarMissing}:
 * the deadline or the running phase's deadline reaches a year without a published holiday schedule
 * and was counted Monday to Friday.
 * {@code deadline}/{@code warning} are the department's handling clock (处置时限); {@code phase} names the
 * clock that runs now (handling, the township's verification 核查时限 or closing 结案时限) and
 * {@code phaseDeadline}, {@code phaseWarnAt} (yellow), {@code phaseRedAt} (red) and {@code phaseWarning}
 * are that clock's. {@code pause}: 缓办 / 挂账 while the case is deferred or parked (no clock runs then).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CaseView(UUID id, String number, String state, String category, String priority, String source,
                @Nullable String reporter, @Nullable String description, @Nullable Grid grid,
                @Nullable Location location, int reportCount, @Nullable String department,
                boolean awaitingArbitration, @Nullable String handler, Limit timeLimit,
                @Nullable Instant deadline, boolean calendarMissing, @Nullable Instant warnAt, String warning, String escalationLevel,
                String extension, int extensionWorkingDays, boolean verificationFailed, @Nullable String rating,
                List<String> returnedBy, Instant reportedAt, @Nullable Instant dispatchedAt,
                @Nullable Instant resolvedAt, @Nullable Instant closedAt, @Nullable Boolean resolvedOnTime,
                @Nullable Boolean closedOnTime, long version, List<String> actions,
                @Nullable List<TimelineEntryView> timeline, @Nullable String phase, @Nullable Instant phaseDeadline,
                @Nullable Instant phaseWarnAt, @Nullable Instant phaseRedAt, String phaseWarning,
                @Nullable Instant verifiedAt, @Nullable Boolean verifiedOnTime, @Nullable Boolean closingOnTime,
                boolean selfResolved, @Nullable Check check, @Nullable Pause pause) {

    /**
     * 缓办 / 挂账 while it lasts (the case is deferred or parked): the state it returns to, why, who
     * paused it and since when, and for 缓办 the day it resumes by itself (null for 挂账).
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Pause(String resumesTo, String reason, String by, Instant since, @Nullable LocalDate resumeOn) {
    }

    /** 核实: asked by the township, answered by the grid's worker (属实 confirmed / 不属实 denied). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Check(String status, Instant requestedAt, String requestedBy, Instant warnAt, Instant dueAt,
                 @Nullable String answeredBy, @Nullable Instant answeredAt, @Nullable String note, boolean answeredLate) {
    }

    @Serdeable
    record Grid(String gridCode, String communityCode, String townshipCode, String districtCode) {
    }

    @Serdeable
    record Location(double lat, double lon) {
    }

    @Serdeable
    record Limit(int value, String unit) {
    }

    static CaseView of(Case c, @Nullable List<TimelineEntry> timeline) {
        return new CaseView(c.id(), c.number(), c.state().wire(), c.category(), lower(c.priority()), lower(c.source()),
                c.reporter(), c.description(),
                c.grid() == null ? null : new Grid(c.grid().gridCode(), c.grid().communityCode(),
                        c.grid().townshipCode(), c.grid().districtCode()),
                c.location() == null ? null : new Location(c.location().lat(), c.location().lon()),
                c.reportCount(), c.department(), c.arbitration(), c.handler(),
                new Limit(c.timeLimit().value(), lower(c.timeLimit().unit())),
                c.deadline() == null ? null : c.deadline().dueAt(),
                c.calendarMissing(),
                c.deadline() == null ? null : c.deadline().warnAt(),
                lower(c.warning()), lower(c.escalation()), lower(c.extension()), c.extensionDays(),
                c.verificationFailed(), c.rating() == null ? null : lower(c.rating()), c.returnedBy(),
                c.reportedAt(), c.dispatchedAt(), c.resolvedAt(), c.closedAt(), c.resolvedOnTime(), c.closedOnTime(),
                c.version(),
                humanActions(c),
                timeline == null ? null : timeline.stream().map(TimelineEntryView::of).toList(),
                c.phase().map(Phase::wire).orElse(null),
                c.phaseDeadline() == null ? null : c.phaseDeadline().dueAt(),
                c.phaseDeadline() == null ? null : c.phaseDeadline().warnAt(),
                c.phaseDeadline() == null ? null : c.phaseDeadline().redAt(),
                lower(c.phaseWarning()), c.verifiedAt(), c.verifiedOnTime(), c.closingOnTime(), c.selfResolved(),
                c.check() == null ? null : new Check(lower(c.check().status()), c.check().requestedAt(),
                        c.check().requestedBy(), c.check().warnAt(), c.check().dueAt(), c.check().answeredBy(),
                        c.check().answeredAt(), c.check().note(), c.check().answeredLate()),
                c.pause() == null ? null : new Pause(c.pause().from().wire(), c.pause().reason(), c.pause().by(),
                        c.pause().since(), c.pause().resumeOn()));
    }

    /** What a person may do next (the system's own moves are not buttons). */
    private static List<String> humanActions(Case c) {
        return Transitions.actionsIn(c.state()).stream().filter(CaseAction::onRequest)
                .filter(a -> Transitions.find(c.state(), a).map(m -> !m.roles().equals(Set.of(ActorRole.SYSTEM))).orElse(false))
                .map(CaseAction::wire).sorted().toList();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

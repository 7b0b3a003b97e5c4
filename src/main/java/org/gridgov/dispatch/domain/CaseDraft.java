package org.gridgov.dispatch.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A mutable copy of a {@link Case} while one command runs; never escapes the domain. */
final class CaseDraft {
    UUID id;
    String number;
    String category;
    Priority priority;
    Source source;
    String reporter;
    String description;
    GridChain grid;
    GeoPoint location;
    int reportCount;
    String department;
    boolean arbitration;
    String handler;
    TimeLimit timeLimit;
    Deadline deadline;
    CaseState state;
    Warning warning;
    EscalationLevel escalation;
    ExtensionStatus extension;
    int extensionDays;
    boolean verificationFailed;
    Rating rating;
    boolean reopenedByRating;
    List<String> returnedBy;
    Instant reportedAt;
    Instant dispatchedAt;
    Instant resolvedAt;
    Instant closedAt;
    Boolean resolvedOnTime;
    Boolean closedOnTime;
    long version;
    Deadline townshipDeadline;
    Warning townshipWarning = Warning.NONE;
    Instant verifiedAt;
    Boolean verifiedOnTime;
    Boolean closingOnTime;
    boolean selfResolved;
    SiteCheck check;
    Pause pause;

    CaseDraft() {
    }

    CaseDraft(Case c) {
        id = c.id();
        number = c.number();
        category = c.category();
        priority = c.priority();
        source = c.source();
        reporter = c.reporter();
        description = c.description();
        grid = c.grid();
        location = c.location();
        reportCount = c.reportCount();
        department = c.department();
        arbitration = c.arbitration();
        handler = c.handler();
        timeLimit = c.timeLimit();
        deadline = c.deadline();
        state = c.state();
        warning = c.warning();
        escalation = c.escalation();
        extension = c.extension();
        extensionDays = c.extensionDays();
        verificationFailed = c.verificationFailed();
        rating = c.rating();
        reopenedByRating = c.reopenedByRating();
        returnedBy = new ArrayList<>(c.returnedBy());
        reportedAt = c.reportedAt();
        dispatchedAt = c.dispatchedAt();
        resolvedAt = c.resolvedAt();
        closedAt = c.closedAt();
        resolvedOnTime = c.resolvedOnTime();
        closedOnTime = c.closedOnTime();
        version = c.version();
        townshipDeadline = c.townshipDeadline();
        townshipWarning = c.townshipWarning();
        verifiedAt = c.verifiedAt();
        verifiedOnTime = c.verifiedOnTime();
        closingOnTime = c.closingOnTime();
        selfResolved = c.selfResolved();
        check = c.check();
        pause = c.pause();
    }

    Case build() {
        return new Case(id, number, category, priority, source, reporter, description, grid, location,
                reportCount, department, arbitration, handler, timeLimit, deadline, state, warning,
                escalation, extension, extensionDays, verificationFailed, rating, reopenedByRating,
                returnedBy, reportedAt, dispatchedAt, resolvedAt, closedAt, resolvedOnTime,
                closedOnTime, version,
                new TownshipPhases(townshipDeadline, townshipWarning, verifiedAt, verifiedOnTime, closingOnTime),
                selfResolved, check, pause);
    }

    /** Hands the case to {@code target} and starts a fresh handling clock at {@code now}. */
    void dispatchTo(String target, Instant now, WorkingTime calendar) {
        department = target;
        arbitration = false;
        handler = null;
        dispatchedAt = now;
        deadline = Deadline.starting(now, timeLimit, calendar);
        warning = Warning.NONE;
    }

    /** The warning the clock shows at {@code now} (used after the deadline moved). */
    Warning warningAt(Instant now) {
        return deadline == null ? Warning.NONE : deadline.signalAt(now);
    }

    /** Starts the township's own clock (核查时限 or 结案时限) at {@code now}. */
    void startTownshipClock(TimeLimit limit, Instant now, WorkingTime calendar) {
        townshipDeadline = Deadline.starting(now, limit, calendar);
        townshipWarning = Warning.NONE;
    }
}

package org.gridgov.dispatch.domain;

import static org.gridgov.dispatch.domain.CaseAction.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The case aggregate: one event's way through the closed loop. Immutable; every command checks
 * the {@link Transitions} table and the lifecycle rules, and returns the case after it together
 * with the changes it caused. Saving, numbering and publishing are the application's business.
 */
public record Case(UUID id, String number, String category, Priority priority, Source source,
                   String reporter, String description, GridChain grid, GeoPoint location,
                   int reportCount, String department, boolean arbitration, String handler,
                   TimeLimit timeLimit, Deadline deadline, CaseState state, Warning warning,
                   EscalationLevel escalation, ExtensionStatus extension, int extensionDays,
                   boolean verificationFailed, Rating rating, boolean reopenedByRating,
                   List<String> returnedBy, Instant reportedAt, Instant dispatchedAt,
                   Instant resolvedAt, Instant closedAt, Boolean resolvedOnTime,
                   Boolean closedOnTime, long version, TownshipPhases township, boolean selfResolved,
                   SiteCheck check, Pause pause) {

    /** Shandong rule: a department that is not responsible returns within 2 working days. */
    public static final int RETURN_WINDOW_WORKING_DAYS = 2;
    /** An extension is at most 10 working days. */
    public static final int MAX_EXTENSION_WORKING_DAYS = 10;
    /** A dissatisfied rating reopens the case only within 7 days of closing. */
    public static final Duration RATING_REOPEN_WINDOW = Duration.ofDays(7);
    /** 缓办 lasts at most this many days: a longer wait is a matter for 挂账 and a higher decision. */
    public static final int MAX_DEFERRAL_DAYS = 90;

    /** A case a department handles, with no township clock yet, not self-resolved and never checked on site. */
    public Case(UUID id, String number, String category, Priority priority, Source source, String reporter,
                String description, GridChain grid, GeoPoint location, int reportCount, String department,
                boolean arbitration, String handler, TimeLimit timeLimit, Deadline deadline, CaseState state,
                Warning warning, EscalationLevel escalation, ExtensionStatus extension, int extensionDays,
                boolean verificationFailed, Rating rating, boolean reopenedByRating, List<String> returnedBy,
                Instant reportedAt, Instant dispatchedAt, Instant resolvedAt, Instant closedAt,
                Boolean resolvedOnTime, Boolean closedOnTime, long version) {
        this(id, number, category, priority, source, reporter, description, grid, location, reportCount, department,
                arbitration, handler, timeLimit, deadline, state, warning, escalation, extension, extensionDays,
                verificationFailed, rating, reopenedByRating, returnedBy, reportedAt, dispatchedAt, resolvedAt,
                closedAt, resolvedOnTime, closedOnTime, version, TownshipPhases.NONE, false, null, null);
    }

    public Case {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        if ((state == CaseState.DEFERRED || state == CaseState.PARKED) && pause == null) {
            throw new IllegalArgumentException("a " + state.wire() + " case needs its pause");
        }
        returnedBy = List.copyOf(returnedBy);
        township = township == null ? TownshipPhases.NONE : township;
    }

    /** The township's own clock (核查时限 or 结案时限) while it runs, else the last one or null. */
    public Deadline townshipDeadline() {
        return township.deadline();
    }

    public Warning townshipWarning() {
        return township.warning();
    }

    public Instant verifiedAt() {
        return township.verifiedAt();
    }

    public Boolean verifiedOnTime() {
        return township.verifiedOnTime();
    }

    public Boolean closingOnTime() {
        return township.closingOnTime();
    }

    /** The phase whose clock runs now (handling, verification, closing), if any. */
    public Optional<Phase> phase() {
        return Phase.of(state);
    }

    /** The clock of the phase running now: the handling deadline, or the township's own. */
    public Deadline phaseDeadline() {
        return phase().map(p -> p.township() ? township.deadline() : deadline).orElse(null);
    }

    /**
     * True when the handling deadline or the running phase's deadline reaches a year whose holiday
     * schedule is not entered, so it was counted Monday to Friday.
     */
    public boolean calendarMissing() {
        Deadline phaseDeadline = phaseDeadline();
        return deadline != null && deadline.calendarMissing() || phaseDeadline != null && phaseDeadline.calendarMissing();
    }

    /** The signal of the phase running now. */
    public Warning phaseWarning() {
        return phase().map(p -> p.township() ? township.warning() : warning).orElse(Warning.NONE);
    }

    /**
     * Opens a case from routing's decision. A worker's report with a routed department is
     * registered (立案) and dispatched at once by the system; citizen reports and arbitration
     * cases wait in {@code reported} for the township.
     */
    public static Outcome open(NewCase request, Instant now, WorkingTime calendar) {
        CaseDraft draft = new CaseDraft();
        draft.id = request.id();
        draft.number = request.number();
        draft.category = request.category();
        draft.priority = request.priority();
        draft.source = request.source();
        draft.reporter = request.reporter();
        draft.description = request.description();
        draft.grid = request.grid();
        draft.location = request.location();
        draft.reportCount = request.reportId() == null ? 0 : 1;
        draft.department = request.department();
        draft.arbitration = request.arbitration();
        draft.timeLimit = request.timeLimit() == null ? TimeLimit.DEFAULT : request.timeLimit();
        draft.state = CaseState.REPORTED;
        draft.warning = Warning.NONE;
        draft.escalation = EscalationLevel.NONE;
        draft.extension = ExtensionStatus.NONE;
        draft.returnedBy = List.of();
        draft.reportedAt = request.reportedAt() == null ? now : request.reportedAt();
        if (request.selfResolution() != null) {
            return openSelfResolved(request, draft, now);
        }
        Case opened = draft.build();
        CaseChange reported = new CaseChange(OPEN, null, CaseState.REPORTED, Actor.SYSTEM, now,
                null, null, List.of(), opened, request.reportId());
        Step step = new Step(opened, now).record(reported);
        if (request.source() == Source.WORKER && opened.routedToDepartment()) {
            step.apply(REGISTER, Actor.SYSTEM, null, null, List.of(), d -> { })
                    .apply(DISPATCH, Actor.SYSTEM, null, null, List.of(), d -> d.dispatchTo(d.department, now, calendar));
        }
        return step.done();
    }

    /**
     * 自处置 / 即查即办: the worker fixed the problem on the spot. The case is reported, registered,
     * resolved and closed in one step, each by the reporting worker, and never reaches a
     * department: it has none, no handling clock, and counts as closed on time.
     */
    private static Outcome openSelfResolved(NewCase request, CaseDraft draft, Instant now) {
        if (request.source() != Source.WORKER || request.reporter() == null || request.reporter().isBlank()) {
            throw CaseRefused.rule("only a grid worker's report can be self-resolved");
        }
        SelfResolution resolution = request.selfResolution();
        if (resolution.afterPhotos().isEmpty()) {
            throw CaseRefused.input("afterPhotos", "a self-resolved report needs at least one after photo");
        }
        draft.department = null;
        draft.arbitration = false;
        draft.selfResolved = true;
        Case opened = draft.build();
        Actor worker = new Actor(request.reporter(), ActorRole.WORKER);
        CaseChange reported = new CaseChange(OPEN, null, CaseState.REPORTED, worker, now,
                null, null, List.of(), opened, request.reportId());
        return new Step(opened, now).record(reported)
                .apply(SELF_REGISTER, worker, null, null, List.of(), d -> { })
                .apply(SELF_RESOLVE, worker, null, resolution.note(), resolution.afterPhotos(), d -> {
                    d.resolvedAt = now;
                    d.resolvedOnTime = true;
                })
                .apply(SELF_CLOSE, worker, null, null, List.of(), d -> {
                    d.closedAt = now;
                    d.closedOnTime = true;
                })
                .done();
    }

    /** 立案; a case that routing already sent to a department is dispatched to it at once. */
    public Outcome register(Actor actor, String note, Instant now, WorkingTime calendar) {
        Step step = new Step(this, now).apply(REGISTER, actor, null, note, List.of(), d -> { });
        if (routedToDepartment()) {
            step.apply(DISPATCH, Actor.SYSTEM, null, null, List.of(), d -> d.dispatchTo(d.department, now, calendar));
        }
        return step.done();
    }

    /** 派遣 of a registered case to the department routing chose. */
    public Outcome dispatch(Actor actor, Instant now, WorkingTime calendar) {
        return new Step(this, now).apply(DISPATCH, actor, null, null, List.of(), d -> {
            if (d.department == null || d.arbitration) {
                throw CaseRefused.rule("the case has no routed department; the township must assign one");
            }
            d.dispatchTo(d.department, now, calendar);
        }).done();
    }

    /**
     * 核实: the township asks the grid's worker to confirm the report on site before 立案, within
     * {@code limit} (a short one, e.g. one working day) on the working calendar.
     */
    public Outcome requestCheck(Actor actor, String note, TimeLimit limit, Instant now, WorkingTime calendar) {
        return new Step(this, now).apply(REQUEST_CHECK, actor, null, note, List.of(), d -> {
            if (d.grid == null) {
                throw CaseRefused.rule("the report lies in no grid: there is no grid worker to check it on site");
            }
            d.check = SiteCheck.requested(actor.name(), now, Deadline.starting(now, limit, calendar));
            d.warning = Warning.NONE;
        }).done();
    }

    /** 属实: the worker found the problem on site, as reported; the township may now register it. */
    public Outcome confirmCheck(Actor actor, String note, List<String> photos, Instant now) {
        return new Step(this, now).apply(CONFIRM, actor, null, note, photos, d -> answer(d, SiteCheck.Status.CONFIRMED,
                actor, note, now)).done();
    }

    /** 不属实: the worker did not find it as reported (the reason says why); the township may reject it. */
    public Outcome denyCheck(Actor actor, String reason, List<String> photos, Instant now) {
        return new Step(this, now).apply(DENY, actor, reason, null, photos, d -> {
            requireReason(reason);
            answer(d, SiteCheck.Status.DENIED, actor, reason, now);
        }).done();
    }

    private static void answer(CaseDraft d, SiteCheck.Status answer, Actor actor, String text, Instant now) {
        d.check = d.check.answered(answer, actor.name(), now, text);
        d.warning = Warning.NONE;
    }

    /** 不予立案. */
    public Outcome reject(Actor actor, String reason, Instant now) {
        return new Step(this, now).apply(REJECT, actor, reason, null, List.of(), d -> requireReason(reason)).done();
    }

    /** The township centre's ruling: this department handles it (registers it if need be). */
    public Outcome assignDepartment(Actor actor, String target, Instant now, WorkingTime calendar) {
        return new Step(this, now).apply(ASSIGN_DEPARTMENT, actor, null, "department " + target, List.of(), d -> {
            requireText("department", target);
            d.dispatchTo(target, now, calendar);
        }).done();
    }

    public Outcome accept(Actor actor, String note, Instant now) {
        return new Step(this, now).apply(ACCEPT, actor, null, note, List.of(), d -> { }).done();
    }

    /** The department names the person who handles the case. */
    public Outcome assign(Actor actor, String handlerName, Instant now) {
        return new Step(this, now).apply(ASSIGN, actor, null, "handler " + handlerName, List.of(), d -> {
            requireText("handler", handlerName);
            d.handler = handlerName;
        }).done();
    }

    /** 办结 by the department; the township's 核查时限 starts now. */
    public Outcome resolve(Actor actor, String note, List<String> photos, Instant now, WorkingTime calendar,
                           PhaseLimits limits) {
        return new Step(this, now).apply(RESOLVE, actor, null, note, photos, d -> {
            d.resolvedAt = now;
            d.resolvedOnTime = !now.isAfter(d.deadline.dueAt());
            d.startTownshipClock(limits.verification(), now, calendar);
        }).done();
    }

    /** 退回: not ours; back to routing, only within 2 working days of dispatch. */
    public Outcome returnToRouting(Actor actor, String reason, Instant now, WorkingTime calendar) {
        return new Step(this, now).apply(RETURN, actor, reason, null, List.of(), d -> {
            requireReason(reason);
            Instant windowEnd = calendar.plusWorkingMinutes(d.dispatchedAt,
                    RETURN_WINDOW_WORKING_DAYS * calendar.workingMinutesPerDay());
            if (now.isAfter(windowEnd)) {
                throw CaseRefused.rule("a case may be returned only within " + RETURN_WINDOW_WORKING_DAYS
                        + " working days of dispatch (until " + windowEnd + ")");
            }
            d.returnedBy.add(d.department);
            d.deadline = null;
            d.warning = Warning.NONE;
            d.handler = null;
        }).done();
    }

    /**
     * Routing's new decision about a returned case: dispatched to the new assignee, or left for
     * the township centre to assign by hand when routing asks for arbitration.
     */
    public Outcome reroute(String assignee, boolean arbitrationNeeded, TimeLimit newLimit, Instant now,
                           WorkingTime calendar) {
        if (arbitrationNeeded) {
            return new Step(this, now).apply(AWAIT_ARBITRATION, Actor.SYSTEM, null, "awaiting " + assignee,
                    List.of(), d -> {
                        d.department = assignee;
                        d.arbitration = true;
                    }).done();
        }
        return new Step(this, now).apply(REROUTE, Actor.SYSTEM, null, "rerouted to " + assignee, List.of(), d -> {
            requireText("department", assignee);
            if (newLimit != null) {
                d.timeLimit = newLimit;
            }
            d.dispatchTo(assignee, now, calendar);
        }).done();
    }

    /** 延期 request by the department: once per case, 1..10 working days, with a reason. */
    public Outcome requestExtension(Actor actor, int workingDays, String reason, Instant now) {
        return new Step(this, now).apply(REQUEST_EXTENSION, actor, reason, workingDays + " working days", List.of(), d -> {
            requireReason(reason);
            if (workingDays < 1 || workingDays > MAX_EXTENSION_WORKING_DAYS) {
                throw CaseRefused.input("workingDays", "must be between 1 and " + MAX_EXTENSION_WORKING_DAYS);
            }
            if (d.extension != ExtensionStatus.NONE) {
                throw CaseRefused.rule("an extension may be requested only once (it is " + d.extension + ")");
            }
            d.extension = ExtensionStatus.REQUESTED;
            d.extensionDays = workingDays;
        }).done();
    }

    public Outcome grantExtension(Actor actor, String note, Instant now, WorkingTime calendar) {
        return new Step(this, now).apply(GRANT_EXTENSION, actor, null, note, List.of(), d -> {
            requirePendingExtension(d);
            d.extension = ExtensionStatus.GRANTED;
            d.deadline = d.deadline.extendedBy(d.extensionDays, calendar);
            d.warning = d.warningAt(now);
        }).done();
    }

    public Outcome refuseExtension(Actor actor, String reason, Instant now) {
        return new Step(this, now).apply(REFUSE_EXTENSION, actor, reason, null, List.of(), d -> {
            requireReason(reason);
            requirePendingExtension(d);
            d.extension = ExtensionStatus.REFUSED;
        }).done();
    }

    /**
     * 核查 on site, with photos. A failed check (核查不通过) needs its reason and sends the case
     * straight back to the same department as rework (返工): the system reopens it at once with a
     * fresh handling deadline, so nobody has to reopen it by hand and the department's clock starts
     * the moment the township found the work wanting.
     */
    public Outcome verify(Actor actor, boolean passed, String note, List<String> photos, Instant now,
                          WorkingTime calendar, PhaseLimits limits) {
        CaseAction action = passed ? VERIFY : FAIL_VERIFICATION;
        Step step = new Step(this, now).apply(action, actor, passed ? null : note, note, photos, d -> {
            if (photos == null || photos.isEmpty()) {
                throw CaseRefused.input("photos", "verification needs at least one photo");
            }
            if (!passed) {
                requireText("note", note);
            }
            d.verificationFailed = !passed;
            d.verifiedOnTime = d.townshipDeadline == null ? null : !now.isAfter(d.townshipDeadline.dueAt());
            if (passed) {
                d.verifiedAt = now;
                d.startTownshipClock(limits.closing(), now, calendar); // 结案时限 from the verification
            }
        });
        if (!passed) {
            step.apply(REOPEN, Actor.SYSTEM, note, "verification failed", List.of(),
                    d -> reopenEffect(d, now, calendar));
        }
        return step.done();
    }

    /** 返工: back to the same department with a fresh deadline. */
    public Outcome reopen(Actor actor, String reason, Instant now, WorkingTime calendar) {
        return new Step(this, now).apply(REOPEN, actor, reason, null, List.of(), d -> {
            requireReason(reason);
            if (d.state == CaseState.RESOLVED && !d.verificationFailed) {
                throw CaseRefused.rule("a resolved case is reopened only after a failed verification");
            }
            reopenEffect(d, now, calendar);
        }).done();
    }

    /** 结案, recording whether it closed by its deadline. */
    public Outcome close(Actor actor, String note, Instant now) {
        return new Step(this, now).apply(CLOSE, actor, null, note, List.of(), d -> {
            d.closedAt = now;
            d.closedOnTime = d.deadline != null && !now.isAfter(d.deadline.dueAt());
            d.closingOnTime = d.townshipDeadline == null ? null : !now.isAfter(d.townshipDeadline.dueAt());
        }).done();
    }

    /** The reporter's rating; dissatisfied within 7 days of closing reopens the case, once. */
    public Outcome rate(Actor actor, Rating given, String note, Instant now, WorkingTime calendar) {
        Step step = new Step(this, now).apply(RATE, actor, null, note, List.of(), d -> {
            Objects.requireNonNull(given, "rating");
            if (!actor.name().equals(d.reporter)) {
                throw CaseRefused.rule("only the reporter may rate the case");
            }
            if (d.rating != null) {
                throw CaseRefused.rule("the case is already rated");
            }
            d.rating = given;
        });
        boolean inWindow = !now.isAfter(closedAt.plus(RATING_REOPEN_WINDOW));
        if (given == Rating.DISSATISFIED && inWindow && !reopenedByRating) {
            step.apply(REOPEN, Actor.SYSTEM, "reporter dissatisfied", note, List.of(), d -> {
                reopenEffect(d, now, calendar);
                d.reopenedByRating = true;
            });
        }
        return step.done();
    }

    /** 督办 by hand, one rung up the ladder. */
    public Outcome escalate(Actor actor, String reason, Instant now) {
        return new Step(this, now).apply(ESCALATE, actor, reason, null, List.of(), d -> {
            requireReason(reason);
            d.escalation = d.escalation.next()
                    .orElseThrow(() -> CaseRefused.rule("the case is already escalated to the district"));
        }).done();
    }

    /**
     * 缓办: the township defers the department's handling until {@code resumeOn} (a later local day,
     * at most {@link #MAX_DEFERRAL_DAYS} ahead), with the reason. The handling clock stands still;
     * the case resumes by itself at the start of that day, or earlier by {@link #resume}.
     */
    public Outcome defer(Actor actor, String reason, LocalDate resumeOn, Instant now, WorkingTime calendar) {
        return new Step(this, now).apply(DEFER, actor, reason, resumeOn == null ? null : "resume on " + resumeOn,
                List.of(), d -> {
                    requireReason(reason);
                    if (resumeOn == null) {
                        throw CaseRefused.input("resumeOn", "resumeOn is required");
                    }
                    LocalDate today = now.atZone(calendar.zone()).toLocalDate();
                    if (!resumeOn.isAfter(today)) {
                        throw CaseRefused.input("resumeOn", "must be a day after today (" + today + ")");
                    }
                    if (resumeOn.isAfter(today.plusDays(MAX_DEFERRAL_DAYS))) {
                        throw CaseRefused.input("resumeOn", "may be at most " + MAX_DEFERRAL_DAYS + " days ahead (until "
                                + today.plusDays(MAX_DEFERRAL_DAYS) + ")");
                    }
                    pauseClock(d, reason, actor, now, resumeOn, resumeOn.atStartOfDay(calendar.zone()).toInstant());
                }).done();
    }

    /** 挂账: the case needs a higher decision; the handling clock stands still until the township resumes it. */
    public Outcome park(Actor actor, String reason, Instant now) {
        return new Step(this, now).apply(PARK, actor, reason, null, List.of(), d -> {
            requireReason(reason);
            pauseClock(d, reason, actor, now, null, null);
        }).done();
    }

    /**
     * 恢复办理: the case goes back to the state it had, and the handling deadline moves on by the
     * working time it stood still (round-the-clock limits by the plain time). The township says why
     * in a note; the system resumes a deferral on its date.
     */
    public Outcome resume(Actor actor, String note, Instant now, WorkingTime calendar) {
        return new Step(this, now).apply(RESUME, actor, null, note, List.of(), d -> {
            if (actor.role() != ActorRole.SYSTEM) {
                requireText("note", note);
            }
            if (d.deadline != null) {
                d.deadline = d.deadline.pausedBetween(d.pause.since(), now, calendar);
            }
            d.warning = d.warningAt(now);
            d.pause = null;
        }).done();
    }

    private static void pauseClock(CaseDraft d, String reason, Actor actor, Instant now, LocalDate resumeOn, Instant resumeAt) {
        d.pause = new Pause(d.state, reason, actor.name(), now, resumeOn, resumeAt);
        d.warning = Warning.NONE; // no colour while nobody is to act; resume shows the clock's signal again
    }

    /**
     * What the deadline scan does at {@code now}: a deferral (缓办) whose day has come resumes by
     * itself; otherwise the running clock is checked ({@link #checkDeadline}). A paused case runs
     * no clock, so it is never warned, overdue or escalated.
     */
    public Outcome scan(Instant now, WorkingTime calendar) {
        if (state == CaseState.DEFERRED) {
            return !now.isBefore(pause.resumeAt())
                    ? resume(Actor.SYSTEM, "deferred until " + pause.resumeOn(), now, calendar)
                    : new Step(this, now).done();
        }
        return checkDeadline(now);
    }

    /**
     * What the deadline scheduler does at {@code now} to the clock of the phase running. Handling:
     * a yellow warning, the red overdue mark with escalation to the township, and after a further
     * full limit escalation to the district. The township's own verification and closing: the
     * yellow warning and the red mark (the township is itself the rung that supervises; its red
     * shows on its own figures). Returns no changes when nothing is due or no clock runs.
     */
    public Outcome checkDeadline(Instant now) {
        if (state == CaseState.CHECKING && check != null) {
            return checkSiteCheckLimit(new Step(this, now), now);
        }
        Phase running = phase().orElse(null);
        if (running == null || phaseDeadline() == null) {
            return new Step(this, now).done();
        }
        return running.township() ? checkTownshipClock(running, now) : checkHandlingClock(now);
    }

    private Outcome checkTownshipClock(Phase running, Instant now) {
        Step step = new Step(this, now);
        String note = running.wire() + " deadline " + township.deadline().dueAt();
        boolean red = !now.isBefore(township.deadline().redAt());
        if (township.warning() == Warning.NONE && !red && !now.isBefore(township.deadline().warnAt())) {
            step.apply(WARN, Actor.SYSTEM, null, note, List.of(), d -> d.townshipWarning = Warning.YELLOW);
        }
        if (red && township.warning() != Warning.RED) {
            step.apply(MARK_OVERDUE, Actor.SYSTEM, null, note, List.of(), d -> d.townshipWarning = Warning.RED);
        }
        return step.done();
    }

    private Outcome checkHandlingClock(Instant now) {
        Step step = new Step(this, now);
        boolean red = !now.isBefore(deadline.redAt());
        if (warning == Warning.NONE && !red && !now.isBefore(deadline.warnAt())) {
            step.apply(WARN, Actor.SYSTEM, null, "deadline " + deadline.dueAt(), List.of(), d -> d.warning = Warning.YELLOW);
        }
        if (red && warning != Warning.RED) {
            step.apply(MARK_OVERDUE, Actor.SYSTEM, null, "deadline " + deadline.dueAt(), List.of(), d -> d.warning = Warning.RED);
            if (escalation == EscalationLevel.NONE) {
                step.apply(ESCALATE, Actor.SYSTEM, "overdue", null, List.of(), d -> d.escalation = EscalationLevel.TOWNSHIP);
            }
        }
        if (!now.isBefore(deadline.districtAt()) && step.current().escalation() == EscalationLevel.TOWNSHIP) {
            step.apply(ESCALATE, Actor.SYSTEM, "overdue by a further time limit", null, List.of(),
                    d -> d.escalation = EscalationLevel.DISTRICT);
        }
        return step.done();
    }

    /** The check's own limit: yellow at its warning time, red at its due time (no escalation). */
    private Outcome checkSiteCheckLimit(Step step, Instant now) {
        boolean overdue = !now.isBefore(check.dueAt());
        if (warning == Warning.NONE && !overdue && !now.isBefore(check.warnAt())) {
            step.apply(WARN_CHECK, Actor.SYSTEM, null, "check due " + check.dueAt(), List.of(), d -> d.warning = Warning.YELLOW);
        }
        if (overdue && warning != Warning.RED) {
            step.apply(MARK_CHECK_OVERDUE, Actor.SYSTEM, null, "check due " + check.dueAt(), List.of(),
                    d -> d.warning = Warning.RED);
        }
        return step.done();
    }

    /**
     * Routing found another report of the same event. The case only counts its reports; which
     * reports they are is kept beside it (one row per link), so a link costs the same at the
     * 20,000th report as at the second. The caller links a report once.
     */
    public Outcome linkReport(UUID reportId, Instant now) {
        Objects.requireNonNull(reportId, "reportId");
        return new Step(this, now).about(reportId).apply(LINK_REPORT, Actor.SYSTEM, null, "report " + reportId,
                List.of(), d -> d.reportCount++).done();
    }

    /** A case routed to a real department (not left to the township centre's ruling). */
    private boolean routedToDepartment() {
        return department != null && !arbitration;
    }

    private static void reopenEffect(CaseDraft d, Instant now, WorkingTime calendar) {
        d.deadline = Deadline.starting(now, d.timeLimit, calendar);
        d.warning = Warning.NONE;
        d.verificationFailed = false;
        d.resolvedAt = null;
        d.resolvedOnTime = null;
        d.closedAt = null;
        d.closedOnTime = null;
        d.rating = null;
        d.townshipDeadline = null;
        d.townshipWarning = Warning.NONE;
        d.verifiedAt = null;
        d.verifiedOnTime = null;
        d.closingOnTime = null;
    }

    private static void requirePendingExtension(CaseDraft d) {
        if (d.extension != ExtensionStatus.REQUESTED) {
            throw CaseRefused.rule("no extension is pending (it is " + d.extension + ")");
        }
    }

    private static void requireReason(String reason) {
        requireText("reason", reason);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw CaseRefused.input(field, field + " is required");
        }
    }
}

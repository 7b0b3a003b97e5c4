package org.gridgov.dispatch.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gridgov.dispatch.app.ActOnCase;
import org.gridgov.dispatch.app.CaseDetails;
import org.gridgov.dispatch.app.FindCases;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.CaseAction;
import org.gridgov.dispatch.domain.CaseState;
import org.gridgov.dispatch.domain.LimitUnit;
import org.gridgov.dispatch.domain.LinkedReport;
import org.gridgov.dispatch.domain.PhaseLimits;
import org.gridgov.dispatch.domain.Rating;
import org.gridgov.dispatch.domain.TimeLimit;
import org.gridgov.dispatch.web.ActionRequests.ConfirmRequest;
import org.gridgov.dispatch.web.ActionRequests.DeferRequest;
import org.gridgov.dispatch.web.ActionRequests.DenyRequest;
import org.gridgov.dispatch.web.ActionRequests.DepartmentRequest;
import org.gridgov.dispatch.web.ActionRequests.ExtensionRequest;
import org.gridgov.dispatch.web.ActionRequests.HandlerRequest;
import org.gridgov.dispatch.web.ActionRequests.NoteRequest;
import org.gridgov.dispatch.web.ActionRequests.RatingRequest;
import org.gridgov.dispatch.web.ActionRequests.ReasonRequest;
import org.gridgov.dispatch.web.ActionRequests.ResumeRequest;
import org.gridgov.dispatch.web.ActionRequests.VerifyRequest;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.security.Caller;

/**
 * Cases over HTTP: inboxes, the case page with its timeline, and one POST per action. Every
 * action needs {@code If-Match: "<version>"} and answers with the case and its new {@code ETag}.
 */
@Tag(name = "dispatch")
@DocumentedProblems
@Controller("/api/v1/cases")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Validated
class CaseController {

    private final FindCases find;
    private final ActOnCase act;
    private final EvidencePhotos evidence;
    private final PhaseLimits townshipLimits;
    /** 核实's limit: {@code gridgov.dispatch.check-limit-working-days}, default one working day. */
    private final TimeLimit checkLimit;

    CaseController(FindCases find, ActOnCase act, EvidencePhotos evidence, PhaseLimits townshipLimits,
                   @Value("${gridgov.dispatch.check-limit-working-days:1}") int checkLimitWorkingDays) {
        this.find = find;
        this.act = act;
        this.evidence = evidence;
        this.townshipLimits = townshipLimits;
        this.checkLimit = new TimeLimit(checkLimitWorkingDays, LimitUnit.WORKING_DAY);
    }

    @Operation(operationId = "listCases", summary = "Cases in the caller's scope (the inbox)")
    @Get
    CasePage inbox(Authentication auth, @Nullable @QueryValue String state, @Nullable @QueryValue String overdue,
                   @Nullable @QueryValue String category, @Nullable @QueryValue String township,
                   @Nullable @QueryValue String number, @Nullable @QueryValue String sort,
                   @QueryValue(defaultValue = "0") @Min(0) int page,
                   @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        String wanted = state == null || state.isBlank() ? null : checkedState(state);
        FindCases.InboxQuery query = new FindCases.InboxQuery(wanted, checkedFlag("overdue", overdue),
                checked("category", category, CATEGORY, "must be a 4-digit category code"),
                checked("township", township, TOWNSHIP, "must be a 9-digit township code"),
                checked("number", number, NUMBER_PART, "may hold only letters, digits and '-' (at most 32)"),
                checkedSort(sort));
        Page<Case> found = find.inbox(Caller.of(auth), query, page, size);
        return new CasePage(found.getContent().stream().map(c -> CaseView.of(c, null)).toList(),
                page, size, found.getTotalSize(), found.getTotalPages());
    }

    @Operation(operationId = "getCase", summary = "A case with its current state, deadlines and responsible persons")
    @Get("/{id}")
    HttpResponse<CaseView> one(Authentication auth, @PathVariable UUID id) {
        return withETag(find.one(Caller.of(auth), id));
    }

    /** The reports of a case in the order they joined it, {@code size} (≤ 500) at a time. */
    @Operation(operationId = "caseReports", summary = "Reports merged into a case")
    @Get("/{id}/reports")
    CaseReportPage reports(Authentication auth, @PathVariable UUID id,
                           @QueryValue(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
                           @QueryValue(defaultValue = "100") @Min(1) @Max(500) int size) {
        Page<LinkedReport> found = find.reports(Caller.of(auth), id, page, size);
        return new CaseReportPage(found.getContent().stream()
                .map(r -> new CaseReportPage.Item(r.position(), r.reportId(), r.linkedAt())).toList(),
                page, size, found.getTotalSize(), found.getTotalPages());
    }

    @Operation(operationId = "caseTimeline", summary = "A case's timeline of transitions")
    @Get("/{id}/timeline")
    List<TimelineEntryView> timeline(Authentication auth, @PathVariable UUID id) {
        return find.timeline(Caller.of(auth), id).stream().map(TimelineEntryView::of).toList();
    }

    @Operation(operationId = "registerCase", summary = "Register a reported case (立案)")
    @Post("/{id}/register")
    HttpResponse<CaseView> register(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Nullable @Valid @Body NoteRequest body) {
        return run(auth, id, ifMatch, CaseAction.REGISTER, (c, a, now, cal) -> c.register(a, note(body), now, cal));
    }

    @Operation(operationId = "rejectCase", summary = "Reject a reported case (不予立案) with a reason")
    @Post("/{id}/reject")
    HttpResponse<CaseView> reject(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @Body ReasonRequest body) {
        return run(auth, id, ifMatch, CaseAction.REJECT, (c, a, now, cal) -> c.reject(a, body.reason(), now));
    }

    @Operation(operationId = "assignCaseDepartment", summary = "Dispatch a case to a department (派遣)")
    @Post("/{id}/assign-department")
    HttpResponse<CaseView> assignDepartment(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                            @Valid @Body DepartmentRequest body) {
        return run(auth, id, ifMatch, CaseAction.ASSIGN_DEPARTMENT,
                (c, a, now, cal) -> c.assignDepartment(a, body.department(), now, cal));
    }

    /** 核实: the township asks the grid's worker to confirm the report on site before 立案. */
    @Operation(operationId = "requestSiteCheck", summary = "Ask the grid's worker to confirm a reported case on site (核实)")
    @Post("/{id}/request-check")
    HttpResponse<CaseView> requestCheck(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                        @Nullable @Valid @Body NoteRequest body) {
        return run(auth, id, ifMatch, CaseAction.REQUEST_CHECK,
                (c, a, now, cal) -> c.requestCheck(a, note(body), checkLimit, now, cal));
    }

    /** 属实: the grid's worker found it on site as reported. */
    @Operation(operationId = "confirmSiteCheck", summary = "Confirm on site that the reported problem is as reported (属实)")
    @Post("/{id}/confirm")
    HttpResponse<CaseView> confirm(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Nullable @Valid @Body ConfirmRequest body, HttpRequest<?> request) {
        List<String> photos = body == null ? List.of() : body.photoIds();
        evidence.requireUploaded(photos, bearerOf(request));
        return run(auth, id, ifMatch, CaseAction.CONFIRM,
                (c, a, now, cal) -> c.confirmCheck(a, body == null ? null : body.note(), photos, now));
    }

    /** 不属实: the grid's worker did not find it as reported. */
    @Operation(operationId = "denySiteCheck", summary = "Report from the site that the problem is not as reported (不属实)")
    @Post("/{id}/deny")
    HttpResponse<CaseView> deny(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @Body DenyRequest body, HttpRequest<?> request) {
        evidence.requireUploaded(body.photoIds(), bearerOf(request));
        return run(auth, id, ifMatch, CaseAction.DENY, (c, a, now, cal) -> c.denyCheck(a, body.reason(), body.photoIds(), now));
    }

    @Operation(operationId = "acceptCase", summary = "Accept a dispatched case as the department")
    @Post("/{id}/accept")
    HttpResponse<CaseView> accept(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Nullable @Valid @Body NoteRequest body) {
        return run(auth, id, ifMatch, CaseAction.ACCEPT, (c, a, now, cal) -> c.accept(a, note(body), now));
    }

    @Operation(operationId = "assignCaseHandler", summary = "Assign a case to a handler within the department")
    @Post("/{id}/assign")
    HttpResponse<CaseView> assign(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @Body HandlerRequest body) {
        return run(auth, id, ifMatch, CaseAction.ASSIGN, (c, a, now, cal) -> c.assign(a, body.handler(), now));
    }

    @Operation(operationId = "resolveCase", summary = "Report a case as resolved (处置完成)")
    @Post("/{id}/resolve")
    HttpResponse<CaseView> resolve(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Nullable @Valid @Body NoteRequest body) {
        return run(auth, id, ifMatch, CaseAction.RESOLVE,
                (c, a, now, cal) -> c.resolve(a, note(body), body == null ? List.of() : body.photoIds(), now, cal, townshipLimits));
    }

    @Operation(operationId = "returnCase", summary = "Return a case as not the department's responsibility (退回)")
    @Post("/{id}/return")
    HttpResponse<CaseView> returnCase(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                      @Valid @Body ReasonRequest body) {
        return run(auth, id, ifMatch, CaseAction.RETURN, (c, a, now, cal) -> c.returnToRouting(a, body.reason(), now, cal));
    }

    @Operation(operationId = "requestCaseExtension", summary = "Request an extension of the deadline (延期)")
    @Post("/{id}/request-extension")
    HttpResponse<CaseView> requestExtension(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                            @Valid @Body ExtensionRequest body) {
        return run(auth, id, ifMatch, CaseAction.REQUEST_EXTENSION,
                (c, a, now, cal) -> c.requestExtension(a, body.workingDays(), body.reason(), now));
    }

    @Operation(operationId = "grantCaseExtension", summary = "Grant a requested extension")
    @Post("/{id}/grant-extension")
    HttpResponse<CaseView> grantExtension(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                          @Nullable @Valid @Body NoteRequest body) {
        return run(auth, id, ifMatch, CaseAction.GRANT_EXTENSION, (c, a, now, cal) -> c.grantExtension(a, note(body), now, cal));
    }

    @Operation(operationId = "refuseCaseExtension", summary = "Refuse a requested extension")
    @Post("/{id}/refuse-extension")
    HttpResponse<CaseView> refuseExtension(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                           @Valid @Body ReasonRequest body) {
        return run(auth, id, ifMatch, CaseAction.REFUSE_EXTENSION, (c, a, now, cal) -> c.refuseExtension(a, body.reason(), now));
    }

    @Operation(operationId = "verifyCase", summary = "Record the on-site verification of a resolved case (核查)")
    @Post("/{id}/verify")
    HttpResponse<CaseView> verify(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @Body VerifyRequest body, HttpRequest<?> request) {
        evidence.requireUploaded(body.photos(), bearerOf(request));
        CaseAction action = body.passed() ? CaseAction.VERIFY : CaseAction.FAIL_VERIFICATION;
        return run(auth, id, ifMatch, action, (c, a, now, cal) -> c.verify(a, body.passed(), body.note(), body.photos(), now, cal, townshipLimits));
    }

    @Operation(operationId = "reopenCase", summary = "Send a case back for rework (返工)")
    @Post("/{id}/reopen")
    HttpResponse<CaseView> reopen(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @Body ReasonRequest body) {
        return run(auth, id, ifMatch, CaseAction.REOPEN, (c, a, now, cal) -> c.reopen(a, body.reason(), now, cal));
    }

    @Operation(operationId = "closeCase", summary = "Close a verified case (结案)")
    @Post("/{id}/close")
    HttpResponse<CaseView> close(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Nullable @Valid @Body NoteRequest body) {
        return run(auth, id, ifMatch, CaseAction.CLOSE, (c, a, now, cal) -> c.close(a, note(body), now));
    }

    @Operation(operationId = "escalateCase", summary = "Escalate a case by hand (督办)")
    @Post("/{id}/escalate")
    HttpResponse<CaseView> escalate(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @Body ReasonRequest body) {
        return run(auth, id, ifMatch, CaseAction.ESCALATE, (c, a, now, cal) -> c.escalate(a, body.reason(), now));
    }

    /** 缓办: the township defers the department's handling to a day; the case resumes by itself then. */
    @Operation(operationId = "deferCase", summary = "Defer a case in a department's hands to a date, with a reason (缓办)")
    @Post("/{id}/defer")
    HttpResponse<CaseView> defer(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                 @Valid @Body DeferRequest body) {
        LocalDate resumeOn = checkedDate("resumeOn", body.resumeOn());
        return run(auth, id, ifMatch, CaseAction.DEFER, (c, a, now, cal) -> c.defer(a, body.reason(), resumeOn, now, cal));
    }

    /** 挂账: the case needs a higher decision; it waits, off the clock, until the township resumes it. */
    @Operation(operationId = "parkCase", summary = "Park a case that needs a higher decision, with a reason (挂账)")
    @Post("/{id}/park")
    HttpResponse<CaseView> park(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @Body ReasonRequest body) {
        return run(auth, id, ifMatch, CaseAction.PARK, (c, a, now, cal) -> c.park(a, body.reason(), now));
    }

    /** 恢复办理: a deferred or parked case goes back to the department, its deadline moved on by the pause. */
    @Operation(operationId = "resumeCase", summary = "Resume a deferred or parked case, with a note (恢复办理)")
    @Post("/{id}/resume")
    HttpResponse<CaseView> resume(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @Body ResumeRequest body) {
        return run(auth, id, ifMatch, CaseAction.RESUME, (c, a, now, cal) -> c.resume(a, body.note(), now, cal));
    }

    @Operation(operationId = "rateCase", summary = "Rate how a case was handled")
    @Post("/{id}/rate")
    HttpResponse<CaseView> rate(Authentication auth, @PathVariable UUID id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @Body RatingRequest body) {
        Rating rating = Rating.valueOf(body.rating().toUpperCase(Locale.ROOT));
        return run(auth, id, ifMatch, CaseAction.RATE, (c, a, now, cal) -> c.rate(a, rating, body.note(), now, cal));
    }

    private HttpResponse<CaseView> run(Authentication auth, UUID id, String ifMatch, CaseAction action, ActOnCase.Command command) {
        return withETag(act.act(id, ETags.version(ifMatch), Caller.of(auth), action, command));
    }

    private static HttpResponse<CaseView> withETag(CaseDetails details) {
        return HttpResponse.ok(CaseView.of(details.value(), details.timeline()))
                .header(HttpHeaders.ETAG, ETags.of(details.value().version()));
    }

    private static String note(NoteRequest body) {
        return body == null ? null : body.note();
    }

    private static final Pattern CATEGORY = Pattern.compile("[0-9]{4}");
    private static final Pattern TOWNSHIP = Pattern.compile("[0-9]{9}");
    private static final Pattern NUMBER_PART = Pattern.compile("[A-Za-z0-9-]{1,32}");

    private static String checked(String field, String value, Pattern pattern, String rule) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!pattern.matcher(value.trim()).matches()) {
            throw Problem.badRequest(field, rule);
        }
        return value.trim();
    }

    /** True for the nearest deadline first, false for the newest report first (the default). */
    private static boolean checkedSort(String sort) {
        if (sort == null || sort.isBlank() || sort.equals("reported")) {
            return false;
        }
        if (sort.equals("deadline")) {
            return true;
        }
        throw Problem.badRequest("sort", "must be reported or deadline");
    }

    /** Booleans by hand: a bound Boolean would silently read "maybe" as "no filter". */
    private static Boolean checkedFlag(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problem.badRequest(field, "must be true or false");
        };
    }

    private static LocalDate checkedDate(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problem.badRequest(field, "must be a calendar date yyyy-MM-dd, not '" + value + "'");
        }
    }

    private static String checkedState(String state) {
        try {
            return CaseState.fromWire(state).wire();
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("state", "unknown state '" + state + "'");
        }
    }

    private static String bearerOf(HttpRequest<?> request) {
        return request.getHeaders().getAuthorization().filter(value -> value.startsWith("Bearer "))
                .map(value -> value.substring("Bearer ".length())).orElse("");
    }
}

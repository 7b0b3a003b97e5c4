package org.gridgov.intake.app;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gridgov.intake.domain.Categories;
import org.gridgov.intake.domain.ContentFingerprint;
import org.gridgov.intake.domain.Coordinates;
import org.gridgov.intake.domain.Crs;
import org.gridgov.intake.domain.GridChain;
import org.gridgov.intake.domain.Idempotency;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.domain.ReportRules;
import org.gridgov.intake.domain.ReportSubmission;
import org.gridgov.intake.domain.Severity;
import org.gridgov.intake.domain.Source;
import org.gridgov.intake.domain.SubmittedLocation;
import org.gridgov.intake.domain.Violation;
import org.gridgov.intake.domain.WorkerScope;
import org.gridgov.intake.persistence.ReportRows;
import org.gridgov.platform.problem.Problem;

/**
 * Accepts one report: check the rules, answer a replay with the original, locate the point
 * through the grid service, apply the worker's scope, then store report + outbox row together.
 * Locating happens outside the transaction so no connection is held over an HTTP call.
 */
@Singleton
@Requires(property = "gridgov.roles.intake", notEquals = "false")
public class SubmitReport {

    private final ReportRules rules;
    private final ReportRows reports;
    private final RecordReport recorder;
    private final GridLocator locator;
    private final Clock clock;

    public SubmitReport(Categories categories, ReportRows reports, RecordReport recorder, GridLocator locator, Clock clock) {
        this.rules = new ReportRules(categories);
        this.reports = reports;
        this.recorder = recorder;
        this.locator = locator;
        this.clock = clock;
    }

    public Submitted submit(ReportSubmission submission, Reporter reporter) {
        Instant now = clock.instant();
        List<Violation> violations = reporter.source() == Source.WORKER
                ? rules.checkWorkerReport(submission, now) : rules.checkCitizenReport(submission, now);
        if (!violations.isEmpty()) {
            throw problemOf(violations);
        }
        String fingerprint = ContentFingerprint.of(submission);
        Optional<Submitted> replay = replayOf(submission.clientReportId(), fingerprint, reporter);
        if (replay.isPresent()) {
            return replay.get();
        }
        Placed placed = place(submission.location(), reporter);
        Report report = new Report(UUID.randomUUID(), submission.clientReportId(), reporter.source(), reporter.name(),
                submission.category(), submission.description(), placed.point(),
                submission.location() == null ? null : submission.location().accuracy(),
                submission.location() == null ? Crs.WGS84 : Crs.parse(submission.location().crs()).orElseThrow(),
                blankToNull(submission.address()),
                submission.severity() == null ? null : Severity.parse(submission.severity()).orElseThrow(),
                submission.attributes(), placed.chain(), placed.outsideOwnGrids(), List.of(),
                submission.observedAt(), now, fingerprint, null);
        try {
            Unavailable.database(() -> {
                recorder.record(report);
                return null;
            });
            return new Submitted(report, false);
        } catch (RuntimeException e) {
            if (Unavailable.isUniqueViolation(e)) {
                // the same client id raced in from a second request; answer as the winner did
                return replayOf(submission.clientReportId(), fingerprint, reporter)
                        .orElseThrow(() -> Problem.conflict("clientReportId is already in use"));
            }
            throw e;
        }
    }

    private Optional<Submitted> replayOf(UUID clientReportId, String fingerprint, Reporter reporter) {
        Optional<Report> stored = Unavailable.database(() -> reports.findByClientReportId(clientReportId));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Report original = stored.get();
        boolean sameReporter = original.source() == reporter.source() && java.util.Objects.equals(original.reporter(), reporter.name());
        if (sameReporter && Idempotency.judge(Optional.of(original.fingerprint()), fingerprint) == Idempotency.Outcome.REPLAY) {
            return Optional.of(new Submitted(original, true));
        }
        throw new Problem(409, "Conflict", "clientReportId " + clientReportId
                + " was already used for a report with different content",
                List.of(new Problem.FieldError("clientReportId", "already used for different content")));
    }

    private record Placed(Coordinates point, GridChain chain, boolean outsideOwnGrids) {
    }

    private Placed place(SubmittedLocation location, Reporter reporter) {
        if (location == null) {
            return new Placed(null, null, false); // a citizen's address-only report: routing works from the address
        }
        Crs crs = Crs.parse(location.crs()).orElseThrow();
        GridLocator.Located located;
        try {
            located = locator.locate(new Coordinates(location.lat(), location.lon()), crs, reporter.bearer());
        } catch (GridLocator.NotInAnyGrid e) {
            if (reporter.source() == Source.CITIZEN) {
                throw Problem.unprocessable("location", "the point is outside the city's grid");
            }
            throw Problem.unprocessable("location", "the point lies in no grid cell of your township");
        } catch (GridLocator.GridUnavailable e) {
            throw Problem.unavailable("the grid service is unavailable; the report was not saved, retry later");
        }
        if (reporter.source() != Source.WORKER) {
            return new Placed(located.wgs84(), located.chain(), false);
        }
        WorkerScope.Placement placement = reporter.scope().place(located.chain());
        if (!placement.accepted()) {
            throw Problem.unprocessable("location", "the point lies in grid " + located.chain().gridCode()
                    + ", outside your township " + String.join(",", reporter.scope().townships()));
        }
        return new Placed(located.wgs84(), located.chain(), placement.outsideOwnGrids());
    }

    static Problem problemOf(List<Violation> violations) {
        boolean malformed = violations.stream().anyMatch(v -> v.kind() == Violation.Kind.MALFORMED);
        List<Violation> shown = violations.stream()
                .filter(v -> !malformed || v.kind() == Violation.Kind.MALFORMED).toList();
        String detail = shown.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return new Problem(malformed ? 400 : 422, malformed ? "Bad Request" : "Unprocessable Content", detail,
                shown.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

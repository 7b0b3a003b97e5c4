package org.gridgov.intake.app;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.gridgov.intake.domain.BlobStore;
import org.gridgov.intake.domain.Categories;
import org.gridgov.intake.domain.ContentFingerprint;
import org.gridgov.intake.domain.Coordinates;
import org.gridgov.intake.domain.Crs;
import org.gridgov.intake.domain.GridChain;
import org.gridgov.intake.domain.Idempotency;
import org.gridgov.intake.domain.ObservationWindow;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.domain.ReportRules;
import org.gridgov.intake.domain.ReportSubmission;
import org.gridgov.intake.domain.Severity;
import org.gridgov.intake.domain.Source;
import org.gridgov.intake.domain.SubmittedLocation;
import org.gridgov.intake.domain.Violation;
import org.gridgov.intake.domain.WorkerScope;
import org.gridgov.intake.messaging.ReportAcceptedV1;
import org.gridgov.intake.persistence.ReportRows;
import org.gridgov.intake.messaging.IntakeOutbox;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts reports: check the rules, locate the point through the grid service, apply the worker's
 * scope, then store report + outbox row together by group commit ({@link ReportWriter}).
 * Locating happens before the write so no connection is held over an HTTP call.
 *
 * <p>A replay (the same client id again) is recognised by the insert itself: the stored report
 * wins, and the submission is answered with the original (same content) or 409 (different
 * content). A replay whose point would be refused today (the grid changed, the worker moved) is
 * still answered with the original.
 */
@Singleton
public class SubmitReport {

    private static final Logger LOG = LoggerFactory.getLogger(SubmitReport.class);
    private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final AtomicLong lastUnavailableLogged =
            new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    private final ReportRules rules;
    private final ReportRows reports;
    private final ReportWriter writer;
    private final IntakeOutbox outbox;
    private final GridLocator locator;
    private final BlobStore photos;
    private final Clock clock;

    public SubmitReport(Categories categories, ReportRows reports, ReportWriter writer, IntakeOutbox outbox, GridLocator locator,
            BlobStore photos, Clock clock,
            @Value("${gridgov.intake.observed-at.max-age:30d}") Duration maxAge,
            @Value("${gridgov.intake.observed-at.max-ahead:5m}") Duration maxAhead) {
        this.rules = new ReportRules(categories, new ObservationWindow(maxAge, maxAhead));
        this.reports = reports;
        this.writer = writer;
        this.outbox = outbox;
        this.locator = locator;
        this.photos = photos;
        this.clock = clock;
    }

    /**
     * The result of one submission of several: what a single POST of it would have answered, the
     * report stored (or the original of a replay), or why it was refused.
     */
    public record Result(Submitted submitted, Refusal refusal) {

        static Result of(Submitted submitted) {
            return new Result(submitted, null);
        }

        static Result of(Refusal refusal) {
            return new Result(null, refusal);
        }
    }

    /** One report; a refusal is thrown. */
    public Submitted submit(ReportSubmission submission, Reporter reporter) {
        Result result = submitAll(List.of(submission), reporter).get(0);
        if (result.refusal() != null) {
            throw result.refusal();
        }
        return result.submitted();
    }

    /**
     * Several reports of one reporter (an offline batch): each is judged alone, and those accepted
     * are stored together, usually in one transaction.
     */
    public List<Result> submitAll(List<ReportSubmission> submissions, Reporter reporter) {
        Instant now = clock.instant();
        Result[] results = new Result[submissions.size()];
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            ReportSubmission submission = submissions.get(i);
            List<Violation> violations = reporter.source() == Source.WORKER
                    ? rules.checkWorkerReport(submission, now) : rules.checkCitizenReport(submission, now);
            if (violations.isEmpty()) {
                violations = afterPhotosNotUploaded(submission);
            }
            if (violations.isEmpty()) {
                valid.add(i);
            } else {
                results[i] = Result.of(refusalOf(violations));
            }
        }
        Map<Integer, Lookup> located = locateAll(submissions, valid);
        List<Integer> positions = new ArrayList<>();
        List<ReportWriter.Write> writes = new ArrayList<>();
        for (int i : valid) {
            ReportSubmission submission = submissions.get(i);
            String fingerprint = ContentFingerprint.of(submission);
            Placing placing = place(submission.location(), located.getOrDefault(i, Lookup.UNANSWERED), reporter);
            if (placing instanceof Unplaced unplaced) {
                // a replay of a stored report gets the original even if its point would be refused today
                results[i] = answerToReplay(submission.clientReportId(), fingerprint, reporter)
                        .orElse(Result.of(unplaced.refusal()));
                continue;
            }
            Placed placed = (Placed) placing;
            Report report = newReport(submission, reporter, placed, fingerprint, now);
            positions.add(i);
            writes.add(new ReportWriter.Write(report, outbox.message(Topics.REPORTS, report.id().toString(),
                    ReportAcceptedV1.of(report, UUID.randomUUID()))));
        }
        List<ReportWriter.Written> stored = writes.isEmpty() ? List.of() : writer.write(writes);
        for (int k = 0; k < stored.size(); k++) {
            int i = positions.get(k);
            results[i] = answer(stored.get(k), writes.get(k).report(), reporter);
        }
        return List.of(results);
    }

    /** A self-resolved report's after photos must be pictures intake has, not any 64 hex digits. */
    private List<Violation> afterPhotosNotUploaded(ReportSubmission submission) {
        if (submission.selfResolution() == null) {
            return List.of();
        }
        return submission.selfResolution().afterPhotos().stream().filter(sha -> !photos.has(sha)).findFirst()
                .map(sha -> List.of(Violation.unprocessable("afterPhotos",
                        "photo " + sha + " was never uploaded (POST /api/v1/photos)")))
                .orElse(List.of());
    }

    /** What the grid service said of one point: the cell it lies in, if any, or nothing at all. */
    private record Lookup(boolean answered, Optional<GridLocator.Located> cell) {

        /** The grid service could not answer; the point cannot be placed now. */
        static final Lookup UNANSWERED = new Lookup(false, Optional.empty());
    }

    /**
     * The grid service's answers for the submissions with a location, asked in one go; a
     * submission is absent from the map when the grid service could not answer.
     */
    private Map<Integer, Lookup> locateAll(List<ReportSubmission> submissions, List<Integer> valid) {
        List<Integer> withPoint = valid.stream().filter(i -> submissions.get(i).location() != null).toList();
        Map<Integer, Lookup> located = new HashMap<>();
        if (withPoint.isEmpty()) {
            return located;
        }
        List<GridLocator.Query> queries = withPoint.stream().map(submissions::get)
                .map(s -> new GridLocator.Query(new Coordinates(s.location().lat(), s.location().lon()),
                        Crs.parse(s.location().crs()).orElseThrow()))
                .toList();
        try {
            List<Optional<GridLocator.Located>> answers = locator.locate(queries);
            for (int k = 0; k < withPoint.size(); k++) {
                located.put(withPoint.get(k), new Lookup(true, answers.get(k)));
            }
        } catch (GridLocator.GridUnavailable e) {
            logUnavailable(e);
        }
        return located;
    }

    private Result answer(ReportWriter.Written stored, Report report, Reporter reporter) {
        if (stored.failure() instanceof ReportWriter.WriterTimeout) {
            return Result.of(Refusal.unavailable("the report store did not confirm in time; "
                    + "send the report again with the same clientReportId"));
        }
        if (stored.failure() != null) {
            if (Unavailable.asRefusal(stored.failure()) instanceof Refusal unavailable) {
                return Result.of(unavailable);
            }
            throw stored.failure();
        }
        if (stored.outcome() == ReportWriter.Outcome.INSERTED) {
            return Result.of(new Submitted(report, false));
        }
        return answerToReplay(report.clientReportId(), report.fingerprint(), reporter)
                // the holder of the client id vanished between insert and look-up: not expected
                .orElseGet(() -> Result.of(Refusal.conflict("clientReportId is already in use")));
    }

    /** At most one line per half minute: during an outage every report would log the same thing. */
    private void logUnavailable(GridLocator.GridUnavailable e) {
        long now = System.nanoTime();
        long last = lastUnavailableLogged.get();
        if (now - last >= LOG_EVERY_NANOS && lastUnavailableLogged.compareAndSet(last, now)) {
            LOG.warn("grid service unavailable, reports are refused with 503: {}", e.getMessage());
        }
    }

    private static Report newReport(ReportSubmission submission, Reporter reporter, Placed placed, String fingerprint,
            Instant now) {
        return new Report(UUID.randomUUID(), submission.clientReportId(), reporter.source(), reporter.name(),
                submission.category(), submission.description(), placed.point(),
                submission.location() == null ? null : submission.location().accuracy(),
                submission.location() == null ? Crs.WGS84 : Crs.parse(submission.location().crs()).orElseThrow(),
                blankToNull(submission.address()),
                submission.severity() == null ? null : Severity.parse(submission.severity()).orElseThrow(),
                submission.attributes(), placed.chain(), placed.outsideOwnGrids(), List.of(),
                submission.observedAt(), now, fingerprint, null, submission.selfResolution());
    }

    /**
     * The original report when the client id is taken: a replay, or a conflict for different
     * content; empty when the client id is free.
     */
    private Optional<Result> answerToReplay(UUID clientReportId, String fingerprint, Reporter reporter) {
        Optional<Report> stored;
        try {
            stored = Unavailable.database(() -> reports.findByClientReportId(clientReportId));
        } catch (Refusal unavailable) {
            return Optional.of(Result.of(unavailable));
        }
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Report original = stored.get();
        boolean sameReporter = original.source() == reporter.source() && java.util.Objects.equals(original.reporter(), reporter.name());
        if (sameReporter && Idempotency.judge(Optional.of(original.fingerprint()), fingerprint) == Idempotency.Outcome.REPLAY) {
            return Optional.of(Result.of(new Submitted(original, true)));
        }
        return Optional.of(Result.of(Refusal.conflict("clientReportId " + clientReportId
                + " was already used for a report with different content",
                List.of(new Refusal.FieldError("clientReportId", "already used for different content")))));
    }

    /** Where a report goes ({@link Placed}), or why it cannot be placed ({@link Unplaced}). */
    private sealed interface Placing permits Placed, Unplaced {
    }

    private record Placed(Coordinates point, GridChain chain, boolean outsideOwnGrids) implements Placing {
    }

    private record Unplaced(Refusal refusal) implements Placing {
    }

    private static Placing place(SubmittedLocation location, Lookup located, Reporter reporter) {
        if (location == null) {
            return new Placed(null, null, false); // a citizen's address-only report: routing works from the address
        }
        if (!located.answered()) {
            return new Unplaced(Refusal.unavailable("the grid service is unavailable; the report was not saved, retry later"));
        }
        if (located.cell().isEmpty()) {
            if (reporter.source() == Source.CITIZEN) {
                return new Unplaced(Refusal.invalid("location", "the point is outside the city's grid"));
            }
            return new Unplaced(Refusal.invalid("location", "the point lies in no grid cell of your township"));
        }
        GridLocator.Located cell = located.cell().get();
        if (reporter.source() != Source.WORKER) {
            return new Placed(cell.wgs84(), cell.chain(), false);
        }
        WorkerScope.Placement placement = reporter.scope().place(cell.chain());
        if (!placement.accepted()) {
            return new Unplaced(Refusal.invalid("location", "the point lies in grid " + cell.chain().gridCode()
                    + ", outside your township " + String.join(",", reporter.scope().townships())));
        }
        return new Placed(cell.wgs84(), cell.chain(), placement.outsideOwnGrids());
    }

    static Refusal refusalOf(List<Violation> violations) {
        boolean malformed = violations.stream().anyMatch(v -> v.kind() == Violation.Kind.MALFORMED);
        List<Violation> shown = violations.stream()
                .filter(v -> !malformed || v.kind() == Violation.Kind.MALFORMED).toList();
        String detail = shown.stream().map(v -> v.field() + " " + v.message()).reduce((a, b) -> a + "; " + b).orElse("");
        List<Refusal.FieldError> fields = shown.stream().map(v -> new Refusal.FieldError(v.field(), v.message())).toList();
        return malformed ? Refusal.malformed(detail, fields) : Refusal.invalid(detail, fields);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

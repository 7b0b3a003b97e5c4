package org.gridgov.intake.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.gridgov.intake.domain.CaseStatus;
import org.gridgov.intake.domain.Open311Refused;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.domain.Source;
import org.gridgov.intake.messaging.CitizenRatedV1;
import org.gridgov.intake.messaging.IntakeOutbox;
import org.gridgov.intake.persistence.CitizenRatingRows;
import org.gridgov.intake.persistence.ReportRows;
import org.gridgov.platform.messaging.Topics;

/**
 * A citizen rates the case of an Open311 request. Only the holder of the request's token may (it was
 * given to the requester alone), only once the case is closed (the domain rates only closed cases),
 * and only once per request and per case. The rating is stored with its outbox message in one
 * transaction; dispatch applies it to the case as the reporter's rating (a dissatisfied one reopens
 * the case within the domain's window), so 满意率 counts citizens too.
 */
@Singleton
public class RateCitizenRequest {

    /** The scale of the case's own rating (满意 / 基本满意 / 不满意). */
    public static final Set<String> SCALE = Set.of("satisfied", "basically_satisfied", "dissatisfied");
    private static final int MAX_COMMENT = 2000;

    private final ReportRows reports;
    private final CitizenRatingRows ratings;
    private final IntakeOutbox outbox;
    private final Clock clock;

    public RateCitizenRequest(ReportRows reports, CitizenRatingRows ratings, IntakeOutbox outbox, Clock clock) {
        this.reports = reports;
        this.ratings = ratings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The rating as kept: which request, on the domain's scale. */
    public record Rated(UUID serviceRequestId, String rating) {
    }

    /** Callers wrap it in {@link Unavailable#database} so that a lost database is a 503. */
    @Transactional
    public Rated rate(String serviceRequestId, String token, String rating, String comment) {
        Report report = citizenReport(serviceRequestId);
        if (token == null || token.isBlank()) {
            throw Open311Refused.badInput("token", "token is required: the one the request was created with");
        }
        if (!MessageDigest.isEqual(token.strip().getBytes(StandardCharsets.UTF_8),
                report.clientReportId().toString().getBytes(StandardCharsets.UTF_8))) {
            throw Open311Refused.forbidden("token does not belong to service_request_id " + serviceRequestId
                    + ": only the requester may rate it");
        }
        String given = rating == null ? "" : rating.strip().toLowerCase(Locale.ROOT);
        if (!SCALE.contains(given)) {
            throw Open311Refused.badInput("rating", "rating must be satisfied, basically_satisfied or dissatisfied");
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (note != null && (note.length() > MAX_COMMENT || note.indexOf('\0') >= 0)) {
            throw Open311Refused.badInput("comment", "comment must be at most " + MAX_COMMENT + " characters, without NUL");
        }
        CaseStatus status = report.caseStatus();
        if (status == null || !"closed".equals(status.state())) {
            throw Open311Refused.conflict("service_request_id " + serviceRequestId + " can be rated once its case is closed; it is "
                    + (status == null ? "not yet a case" : status.state()));
        }
        Instant now = clock.instant();
        if (!ratings.insertUnlessRated(report.id(), status.caseId(), given, note, now)) {
            throw Open311Refused.conflict("service_request_id " + serviceRequestId + " or its case is already rated");
        }
        outbox.append(Topics.RATINGS, status.caseId().toString(), new CitizenRatedV1(UUID.randomUUID(), CitizenRatedV1.TYPE,
                now, 1, status.caseId(), report.id(), report.reporter(), given, note));
        return new Rated(report.id(), given);
    }

    private Report citizenReport(String id) {
        UUID reportId;
        try {
            reportId = UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw Open311Refused.notFound("service_request_id " + id + " not found");
        }
        return reports.findById(reportId).filter(r -> r.source() == Source.CITIZEN)
                .orElseThrow(() -> Open311Refused.notFound("service_request_id " + id + " not found"));
    }
}

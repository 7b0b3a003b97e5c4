package org.gridgov.intake.domain;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of one item of an offline batch; the HTTP status it would have had alone, so that
 * a phone can treat each item exactly like a single POST.
 */
public record BatchItemResult(int index, UUID clientReportId, int status, Outcome outcome, UUID reportId,
        List<Violation> errors) {

    public enum Outcome { CREATED, REPLAYED, CONFLICT, INVALID, UNAVAILABLE }

    public static BatchItemResult created(int index, UUID clientReportId, UUID reportId) {
        return new BatchItemResult(index, clientReportId, 201, Outcome.CREATED, reportId, List.of());
    }

    public static BatchItemResult replayed(int index, UUID clientReportId, UUID reportId) {
        return new BatchItemResult(index, clientReportId, 200, Outcome.REPLAYED, reportId, List.of());
    }

    public static BatchItemResult conflict(int index, UUID clientReportId, UUID reportId) {
        return new BatchItemResult(index, clientReportId, 409, Outcome.CONFLICT, reportId, List.of(
                Violation.unprocessable("clientReportId", "already used for a report with different content")));
    }

    public static BatchItemResult invalid(int index, UUID clientReportId, List<Violation> errors) {
        boolean malformed = errors.stream().anyMatch(v -> v.kind() == Violation.Kind.MALFORMED);
        return new BatchItemResult(index, clientReportId, malformed ? 400 : 422, Outcome.INVALID, null, List.copyOf(errors));
    }

    public static BatchItemResult unavailable(int index, UUID clientReportId, String why) {
        return new BatchItemResult(index, clientReportId, 503, Outcome.UNAVAILABLE, null,
                List.of(Violation.unprocessable("location", why)));
    }
}

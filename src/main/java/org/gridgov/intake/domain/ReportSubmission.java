package org.gridgov.intake.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The content of a report as submitted (by a worker's phone or an Open311 client), not yet
 * checked. {@code clientReportId} is the idempotency key; everything else is its content.
 */
public record ReportSubmission(
        UUID clientReportId,
        String category,
        String description,
        SubmittedLocation location,
        Instant observedAt,
        String address,
        String severity,
        Map<String, Object> attributes) {

    public ReportSubmission {
        attributes = attributes == null ? Map.of() : attributes;
    }
}

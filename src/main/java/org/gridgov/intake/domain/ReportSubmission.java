package org.gridgov.intake.domain;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The content of a report as submitted (by a worker's phone or an Open311 client), not yet
 * checked. {@code clientReportId} is the idempotency key; everything else is its content.
 * {@code selfResolution} is present when the worker asks for the short path (自处置); the rules
 * decide whether it may.
 */
public record ReportSubmission(
        UUID clientReportId,
        String category,
        String description,
        SubmittedLocation location,
        Instant observedAt,
        String address,
        String severity,
        Map<String, Object> attributes,
        SelfResolution selfResolution) {

    public ReportSubmission {
        attributes = attributes == null ? Map.of() : attributes;
    }

    /** An ordinary report, to be handled by a department. */
    public ReportSubmission(UUID clientReportId, String category, String description, SubmittedLocation location,
            Instant observedAt, String address, String severity, Map<String, Object> attributes) {
        this(clientReportId, category, description, location, observedAt, address, severity, attributes, null);
    }
}

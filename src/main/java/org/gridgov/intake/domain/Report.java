package org.gridgov.intake.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A report as intake accepted it: located, scoped, durable. */
public record Report(
        UUID id,
        UUID clientReportId,
        Source source,
        String reporter,
        String category,
        String description,
        Coordinates location,
        Double accuracy,
        Crs submittedCrs,
        String address,
        Severity severity,
        Map<String, Object> attributes,
        GridChain grid,
        boolean outsideOwnGrids,
        List<String> photos,
        Instant observedAt,
        Instant receivedAt,
        String fingerprint,
        CaseStatus caseStatus) {

    public Report {
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** {@code received} until routing has turned the report into (or linked it to) a case. */
    public String status() {
        return caseStatus == null ? "received" : "in_case";
    }
}

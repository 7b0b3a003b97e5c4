package org.gridgov.intake.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A report as intake accepted it: located, scoped, durable; {@code selfResolution} null unless 自处置. */
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
        CaseStatus caseStatus,
        SelfResolution selfResolution) {

    /** A report without a self-resolution. */
    public Report(UUID id, UUID clientReportId, Source source, String reporter, String category, String description,
            Coordinates location, Double accuracy, Crs submittedCrs, String address, Severity severity,
            Map<String, Object> attributes, GridChain grid, boolean outsideOwnGrids, List<String> photos,
            Instant observedAt, Instant receivedAt, String fingerprint, CaseStatus caseStatus) {
        this(id, clientReportId, source, reporter, category, description, location, accuracy, submittedCrs, address,
                severity, attributes, grid, outsideOwnGrids, photos, observedAt, receivedAt, fingerprint, caseStatus, null);
    }

    public Report {
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** {@code received} until routing has turned the report into (or linked it to) a case. */
    public String status() {
        return caseStatus == null ? "received" : "in_case";
    }
}

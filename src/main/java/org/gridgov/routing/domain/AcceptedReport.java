package org.gridgov.routing.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A report intake accepted, as routing decides on it. {@code location} and {@code grid} are null
 * for a citizen's address-only report.
 */
public record AcceptedReport(UUID reportId, String category, String source, String reporter, String description,
        Point location, GridChain grid, Instant observedAt, Instant receivedAt) {

    /** A WGS-84 point. */
    public record Point(double lat, double lon) {
    }

    /** The report as its case file keeps it. */
    public CaseFile.Report asCaseReport() {
        return new CaseFile.Report(reportId, source, reporter, description, location == null ? null : location.lat(),
                location == null ? null : location.lon(), observedAt);
    }
}

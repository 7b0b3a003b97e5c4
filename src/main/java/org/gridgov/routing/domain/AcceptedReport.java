package org.gridgov.routing.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report intake accepted, as routing decides on it. {@code location} and {@code grid} are null
 * for a citizen's address-only report; {@code selfResolution} only on a worker's report of a
 * problem fixed on the spot (自处置).
 */
public record AcceptedReport(UUID reportId, String category, String source, String reporter, String description,
        Point location, GridChain grid, Instant observedAt, Instant receivedAt, SelfResolution selfResolution) {

    /** An ordinary report: someone must act on it. */
    public AcceptedReport(UUID reportId, String category, String source, String reporter, String description,
            Point location, GridChain grid, Instant observedAt, Instant receivedAt) {
        this(reportId, category, source, reporter, description, location, grid, observedAt, receivedAt, null);
    }

    /** 自处置: what the worker did and the photos of the result. */
    public record SelfResolution(String note, List<String> afterPhotos) {
        public SelfResolution {
            afterPhotos = List.copyOf(afterPhotos);
        }
    }

    /** The worker fixed it on the spot: its case is closed at once and never a duplicate of an open one. */
    public boolean selfResolved() {
        return selfResolution != null;
    }

    /** A WGS-84 point. */
    public record Point(double lat, double lon) {
    }

    /** The report as its case file keeps it. */
    public CaseFile.Report asCaseReport() {
        return new CaseFile.Report(reportId, source, reporter, description, location == null ? null : location.lat(),
                location == null ? null : location.lon(), observedAt);
    }
}

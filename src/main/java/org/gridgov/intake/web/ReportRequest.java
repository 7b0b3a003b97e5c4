package org.gridgov.intake.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.gridgov.intake.domain.ReportSubmission;
import org.gridgov.intake.domain.SubmittedLocation;

/**
 * A report from a worker's phone. Required fields and ranges are checked by the domain's
 * ReportRules (one set of rules for single, batch and Open311 submissions), which name the field.
 */
@Serdeable
public record ReportRequest(
        @Nullable UUID clientReportId,
        @Nullable @Size(max = 4) String category,
        @Nullable String description,
        @Nullable LocationRequest location,
        @Nullable Instant observedAt,
        @Nullable String address,
        @Nullable String severity,
        @Nullable Map<String, Object> attributes) {

    @Serdeable
    public record LocationRequest(@Nullable Double lat, @Nullable Double lon, @Nullable Double accuracy,
            @Nullable String crs) {
    }

    public ReportSubmission toSubmission() {
        return new ReportSubmission(clientReportId, category, description,
                location == null ? null : new SubmittedLocation(location.lat(), location.lon(), location.accuracy(), location.crs()),
                observedAt, address, severity, attributes);
    }
}

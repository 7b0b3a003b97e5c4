package org.gridgov.intake.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.intake.domain.ReportSubmission;
import org.gridgov.intake.domain.SelfResolution;
import org.gridgov.intake.domain.SubmittedLocation;
import org.gridgov.platform.problem.Problem;

/**
 * A report from a worker's phone. Required fields and ranges are checked by the domain's
 * ReportRules (one set of rules for single, batch and Open311 submissions), which name the field.
 * {@code selfResolved} (自处置) with {@code afterPhotos} and an optional {@code resolutionNote}: the
 * worker fixed the problem on the spot.
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
        @Nullable Map<String, Object> attributes,
        @Nullable Boolean selfResolved,
        @Nullable List<String> afterPhotos,
        @Nullable String resolutionNote) {

    @Serdeable
    public record LocationRequest(@Nullable Double lat, @Nullable Double lon, @Nullable Double accuracy,
            @Nullable String crs) {
    }

    public ReportSubmission toSubmission() {
        return new ReportSubmission(clientReportId, category, description,
                location == null ? null : new SubmittedLocation(location.lat(), location.lon(), location.accuracy(), location.crs()),
                observedAt, address, severity, attributes, selfResolution());
    }

    /** The self-resolution asked for, or null; its parts without {@code selfResolved: true} are refused, not dropped. */
    private SelfResolution selfResolution() {
        if (Boolean.TRUE.equals(selfResolved)) {
            return new SelfResolution(resolutionNote, afterPhotos);
        }
        if (afterPhotos != null && !afterPhotos.isEmpty()) {
            throw Problem.badRequest("afterPhotos", "only a self-resolved report (selfResolved: true) has after photos");
        }
        if (resolutionNote != null) {
            throw Problem.badRequest("resolutionNote", "only a self-resolved report (selfResolved: true) has a resolution note");
        }
        return null;
    }
}

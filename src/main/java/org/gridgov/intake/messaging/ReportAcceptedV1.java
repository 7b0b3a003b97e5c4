package org.gridgov.intake.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.intake.domain.Report;

/**
 * {@code ReportAccepted} on gridgov.reports.v1 (schema/kafka/reports.v1.schema.json). Nulls are
 * written, not omitted: the schema requires {@code grid} to be present even when a citizen gave
 * only an address. {@code selfResolved} (自处置) reports carry their after photos and note.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReportAcceptedV1(
        UUID eventId,
        String type,
        Instant occurredAt,
        int schemaVersion,
        UUID reportId,
        String source,
        String reporter,
        String category,
        String description,
        Point location,
        Double accuracy,
        String address,
        String severity,
        Map<String, Object> attributes,
        Grid grid,
        boolean outsideOwnGrids,
        List<String> photos,
        Instant observedAt,
        Instant receivedAt,
        boolean selfResolved,
        String resolutionNote,
        List<String> afterPhotos) {

    public static final String TYPE = "ReportAccepted";

    @Serdeable
    public record Point(double lat, double lon) {
    }

    @Serdeable
    public record Grid(String gridCode, String communityCode, String townshipCode, String districtCode) {
    }

    public static ReportAcceptedV1 of(Report report, UUID eventId) {
        return new ReportAcceptedV1(eventId, TYPE, report.receivedAt(), 1, report.id(), report.source().wire(),
                report.reporter(), report.category(), report.description(),
                report.location() == null ? null : new Point(report.location().lat(), report.location().lon()),
                report.accuracy(), report.address(), report.severity() == null ? null : report.severity().wire(),
                report.attributes(),
                report.grid() == null ? null : new Grid(report.grid().gridCode(), report.grid().communityCode(),
                        report.grid().townshipCode(), report.grid().districtCode()),
                report.outsideOwnGrids(), report.photos(), report.observedAt(), report.receivedAt(),
                report.selfResolution() != null,
                report.selfResolution() == null ? null : report.selfResolution().note(),
                report.selfResolution() == null ? List.of() : report.selfResolution().afterPhotos());
    }
}

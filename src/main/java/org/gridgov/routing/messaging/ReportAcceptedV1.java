package org.gridgov.routing.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gridgov.platform.messaging.PoisonMessage;
import org.gridgov.routing.domain.AcceptedReport;
import org.gridgov.routing.domain.GridChain;

/** What routing reads of {@code gridgov.reports.v1} (schema/kafka/reports.v1.schema.json). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportAcceptedV1(
        @NotNull UUID eventId,
        @NotBlank String type,
        @Nullable Instant occurredAt,
        int schemaVersion,
        @NotNull UUID reportId,
        @NotNull @Pattern(regexp = "worker|citizen") String source,
        @Nullable String reporter,
        @NotNull @Pattern(regexp = "[0-9]{4}") String category,
        @NotNull @Size(max = 2000) String description,
        @Nullable @Valid LocationV1 location,
        @Nullable @Valid GridV1 grid,
        @NotNull Instant observedAt,
        @NotNull Instant receivedAt,
        @Nullable Boolean selfResolved,
        @Nullable @Size(max = 2000) String resolutionNote,
        @Nullable @Size(max = 5) List<@Pattern(regexp = "[0-9a-f]{64}") String> afterPhotos) {

    public static final String TYPE = "ReportAccepted";

    /**
     * The report in routing's terms; empty for another kind of report event, which routing has
     * nothing to decide on. A schema version routing does not know is a poison message.
     */
    public Optional<AcceptedReport> routable() {
        if (schemaVersion != 1) {
            throw new PoisonMessage("unsupported schemaVersion " + schemaVersion + " of a report");
        }
        if (!TYPE.equals(type)) {
            return Optional.empty();
        }
        // 自处置: the worker fixed it on the spot (reports from before this field are not)
        AcceptedReport.SelfResolution fixedOnTheSpot = Boolean.TRUE.equals(selfResolved)
                ? new AcceptedReport.SelfResolution(resolutionNote, afterPhotos == null ? List.of() : afterPhotos)
                : null;
        return Optional.of(new AcceptedReport(reportId, category, source, reporter, description,
                location == null ? null : new AcceptedReport.Point(location.lat(), location.lon()),
                grid == null ? null : new GridChain(grid.gridCode(), grid.communityCode(), grid.townshipCode(),
                        grid.districtCode()),
                observedAt, receivedAt, fixedOnTheSpot));
    }
}

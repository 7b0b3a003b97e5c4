package org.gridgov.dashboard.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A message of {@code gridgov.grid.v1} (schema/kafka/grid.v1.schema.json). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = true)
public record GridEventV1(
        @NotNull UUID eventId,
        @NotNull @Pattern(regexp = "GridCellUpserted|GridCellRetired|WorkerGridsAssigned") String type,
        @NotNull Instant occurredAt,
        @Pattern(regexp = "[0-9]{15}") String gridCode,
        @Pattern(regexp = "[0-9]{12}") String communityCode,
        @Pattern(regexp = "[0-9]{9}") String townshipCode,
        @Pattern(regexp = "[0-9]{6}") String districtCode,
        String name,
        @Pattern(regexp = "comprehensive|dedicated") String kind,
        Map<String, Object> geometry,
        @Min(0) Long revision,
        String workerId,
        List<@NotNull @Pattern(regexp = "[0-9]{15}") String> gridCodes) {

    public boolean isWorkerAssignment() {
        return type.equals("WorkerGridsAssigned");
    }

    /** The cell fields a cell event must carry (the schema's "else" branch). */
    public boolean hasCellFields() {
        return gridCode != null && communityCode != null && townshipCode != null && districtCode != null && revision != null;
    }
}

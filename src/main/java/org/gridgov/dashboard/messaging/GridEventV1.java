package org.gridgov.dashboard.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.dashboard.domain.GridChange;
import org.gridgov.platform.messaging.PoisonMessage;

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

    /**
     * The change in the dashboard's terms; a worker assignment without its worker or grids, a cell
     * event without its chain and revision, a cell outside its own community or township, or a
     * geometry that is no MultiPolygon is poison.
     *
     * @param json writes the geometry back as the GeoJSON text the outline table stores
     */
    public GridChange toChange(JsonMapper json) {
        if (isWorkerAssignment()) {
            if (workerId == null || workerId.isBlank() || gridCodes == null) {
                throw new PoisonMessage("WorkerGridsAssigned needs workerId and gridCodes");
            }
            return new GridChange.WorkerGrids(workerId, gridCodes);
        }
        if (!hasCellFields()) {
            throw new PoisonMessage(type + " needs gridCode, communityCode, townshipCode, districtCode and revision");
        }
        if (!gridCode.startsWith(communityCode) || !communityCode.startsWith(townshipCode)) {
            throw new PoisonMessage("grid " + gridCode + " does not lie in its community/township codes");
        }
        return new GridChange.Cell(gridCode, communityCode, townshipCode, districtCode, name, kind, geometryJson(json),
                revision, type.equals("GridCellRetired") || geometry == null);
    }

    private String geometryJson(JsonMapper json) {
        if (geometry == null) {
            return null;
        }
        if (!"MultiPolygon".equals(geometry.get("type")) || !(geometry.get("coordinates") instanceof List)) {
            throw new PoisonMessage("geometry must be a GeoJSON MultiPolygon");
        }
        try {
            return json.writeValueAsString(geometry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell fields a cell event must carry (the schema's "else" branch). */
    public boolean hasCellFields() {
        return gridCode != null && communityCode != null && townshipCode != null && districtCode != null && revision != null;
    }
}

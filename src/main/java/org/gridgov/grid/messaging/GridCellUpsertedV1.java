package org.gridgov.grid.messaging;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.gridgov.grid.domain.GeoJson;
import org.gridgov.grid.domain.GridCell;

/** {@code gridgov.grid.v1} GridCellUpserted: a cell was created or changed (key: grid code). */
@Serdeable
public record GridCellUpsertedV1(UUID eventId, String type, Instant occurredAt, int schemaVersion, String gridCode,
                                 String communityCode, String townshipCode, String districtCode, String name,
                                 String kind, Map<String, Object> geometry, long revision) {

    public static final String TYPE = "GridCellUpserted";

    public static GridCellUpsertedV1 of(GridCell cell, Instant at) {
        return new GridCellUpsertedV1(UUID.randomUUID(), TYPE, at, 1, cell.code().value(), cell.code().communityCode(),
                cell.code().townshipCode(), cell.code().districtCode(), cell.name(), cell.kind().wireName(),
                GeoJson.write(cell.shape().geometry()), cell.revision());
    }
}

package org.gridgov.grid.messaging;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.gridgov.grid.domain.GridCode;

/** {@code gridgov.grid.v1} GridCellRetired: a cell no longer exists (key: grid code). */
@Serdeable
public record GridCellRetiredV1(UUID eventId, String type, Instant occurredAt, int schemaVersion, String gridCode,
                                String communityCode, String townshipCode, String districtCode, long revision) {

    public static final String TYPE = "GridCellRetired";

    public static GridCellRetiredV1 of(GridCode code, long revision, Instant at) {
        return new GridCellRetiredV1(UUID.randomUUID(), TYPE, at, 1, code.value(), code.communityCode(),
                code.townshipCode(), code.districtCode(), revision);
    }
}

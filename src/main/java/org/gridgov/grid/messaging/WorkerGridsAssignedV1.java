package org.gridgov.grid.messaging;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridWorker;

/** {@code gridgov.grid.v1} WorkerGridsAssigned: a worker's grids changed (key: the worker's username). */
@Serdeable
public record WorkerGridsAssignedV1(UUID eventId, String type, Instant occurredAt, int schemaVersion, String workerId,
                                    List<String> gridCodes) {

    public static final String TYPE = "WorkerGridsAssigned";

    public static WorkerGridsAssignedV1 of(GridWorker worker, Instant at) {
        return new WorkerGridsAssignedV1(UUID.randomUUID(), TYPE, at, 1, worker.id(),
                worker.grids().stream().map(GridCode::value).toList());
    }
}

package org.gridgov.grid.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.gridgov.grid.domain.Employment;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridWorker;

@MappedEntity(value = "worker", schema = "grid")
public record WorkerRow(@Id String id, String name, String employment,
                        @TypeDef(type = DataType.STRING_ARRAY) String[] gridCodes,
                        @Version Long version, Instant updatedAt) {

    public static WorkerRow of(GridWorker worker, Long version, Instant at) {
        return new WorkerRow(worker.id(), worker.name(), worker.employment().wireName(),
                worker.grids().stream().map(GridCode::value).toArray(String[]::new), version, at);
    }

    public GridWorker toWorker() {
        List<GridCode> grids = Arrays.stream(gridCodes).map(GridCode::new).toList();
        return new GridWorker(id, name, Employment.parse(employment).orElseThrow(), grids);
    }
}

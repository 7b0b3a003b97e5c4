package org.gridgov.grid.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridWorker;

@Serdeable

@JsonInclude(JsonInclude.Include.ALWAYS)
public record WorkerView(String id, String name, String employment, List<String> grids) {

    static WorkerView of(GridWorker worker) {
        return new WorkerView(worker.id(), worker.name(), worker.employment().wireName(),
                worker.grids().stream().map(GridCode::value).toList());
    }
}

package org.gridgov.grid.domain;

import java.util.List;
import java.util.Objects;

/** A grid worker (identified by their username) and the grids they look after. */
public record GridWorker(String id, String name, Employment employment, List<GridCode> grids) {

    public GridWorker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(employment, "employment");
        grids = grids.stream().distinct().sorted().toList();
    }

    public boolean gridsDifferFrom(List<GridCode> other) {
        return !grids.equals(other.stream().distinct().sorted().toList());
    }
}

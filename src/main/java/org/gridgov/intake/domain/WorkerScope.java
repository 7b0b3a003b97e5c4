package org.gridgov.intake.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a grid worker may report. A worker looks after some grid cells but often sees problems
 * next door: anywhere in the worker's township is accepted, outside the own cells it is flagged.
 */
public record WorkerScope(Set<String> gridCodes) {

    public WorkerScope {
        gridCodes = Set.copyOf(gridCodes);
    }

    public static WorkerScope of(List<String> scope) {
        return new WorkerScope(Set.copyOf(scope));
    }

    /** Township codes are the first 9 digits of grid codes (county 6 + township 3). */
    public Set<String> townships() {
        return gridCodes.stream().filter(code -> code.length() >= 9).map(code -> code.substring(0, 9))
                .collect(Collectors.toUnmodifiableSet());
    }

    public Placement place(GridChain chain) {
        if (!townships().contains(chain.townshipCode())) {
            return Placement.OUTSIDE_TOWNSHIP;
        }
        return gridCodes.contains(chain.gridCode()) ? Placement.OWN_GRID : Placement.OTHER_GRID_IN_TOWNSHIP;
    }

    public enum Placement {
        OWN_GRID, OTHER_GRID_IN_TOWNSHIP, OUTSIDE_TOWNSHIP;

        public boolean accepted() {
            return this != OUTSIDE_TOWNSHIP;
        }

        public boolean outsideOwnGrids() {
            return this != OWN_GRID;
        }
    }
}

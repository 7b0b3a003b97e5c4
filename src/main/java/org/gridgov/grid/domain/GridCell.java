package org.gridgov.grid.domain;

import java.util.Objects;

/**
 * A grid cell (网格): the smallest tier of the three-in-one model. {@code head} is the grid head
 * (网格长) who answers for it; {@code revision} grows with every change and travels on the wire so
 * that a copy can ignore stale updates.
 */
public record GridCell(GridCode code, String name, GridKind kind, int households, int population, String head,
                       GridShape shape, long revision) {

    public GridCell {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(shape, "shape");
        if (households < 0 || population < 0) {
            throw new IllegalArgumentException("households and population cannot be negative");
        }
    }

    /** The cell after a replace: the new content with the next revision. */
    public GridCell replacedBy(GridCell next) {
        return new GridCell(code, next.name, next.kind, next.households, next.population, next.head, next.shape,
                revision + 1);
    }

    public GridCell withRevision(long newRevision) {
        return new GridCell(code, name, kind, households, population, head, shape, newRevision);
    }

    public boolean sameContentAs(GridCell other) {
        return name.equals(other.name) && kind == other.kind && households == other.households
                && population == other.population && Objects.equals(head, other.head) && shape.equals(other.shape);
    }
}

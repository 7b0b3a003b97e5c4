package org.gridgov.grid.app;

import jakarta.inject.Singleton;
import io.micronaut.data.exceptions.DataAccessException;
import java.util.List;
import java.util.function.Supplier;
import org.gridgov.grid.domain.GridCell;
import org.gridgov.grid.domain.GridCode;
import org.gridgov.grid.domain.GridDraft;
import org.gridgov.grid.domain.GridImportReport;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.platform.security.Caller;
import org.gridgov.platform.security.Role;

/**
 * The write use cases on grids: put one, import many, retire one. Checks the caller's reach
 * (ADMIN anywhere, TOWNSHIP inside its own township and its outline), stores through {@link StoreGrids} and, once
 * committed, shows the change in this instance's index at once.
 */
@Singleton
public class GridWrites {

    private final StoreGrids store;
    private final GridIndexUpdates index;

    GridWrites(StoreGrids store, GridIndexUpdates index) {
        this.store = store;
        this.index = index;
    }

    /** Create or replace one grid; a failed check is a 422 naming what is wrong. */
    public GridCell put(GridDraft draft, Caller caller) {
        requireReach(caller, draft.code());
        GridChanges changes = concurrently(() -> store.store(List.of(draft), true, confinement(caller)));
        if (!changes.report().rejected().isEmpty()) {
            GridImportReport.Rejection rejection = changes.report().rejected().get(0);
            throw Refusal.invalid(fieldOf(rejection.reason()), rejection.reason());
        }
        index.applySaved(changes.saved(), List.of());
        return changes.saved().isEmpty() ? changes.unchanged().get(0) : changes.saved().get(0);
    }

    public GridChanges importAll(List<GridDraft> drafts, boolean allOrNothing, Caller caller) {
        List<GridDraft> reachable = drafts.stream()
                .map(d -> d.cell() != null && !reaches(caller, d.code())
                        ? GridDraft.unreadable(d.position(), d.code(), "outside your township")
                        : d)
                .toList();
        GridChanges changes = concurrently(() -> store.store(reachable, allOrNothing, confinement(caller)));
        if (changes.written()) {
            index.applySaved(changes.saved(), List.of());
        }
        return changes;
    }

    public void retire(GridCode code, Caller caller) {
        requireReach(caller, code.value());
        GridChanges changes = concurrently(() -> store.retire(code));
        index.applySaved(List.of(), changes.retired());
    }

    public List<GridCell> insertNew(List<GridCell> cells) {
        List<GridCell> stored = store.insertNew(cells);
        index.applySaved(stored, List.of());
        return stored;
    }

    /** Two writers on the same grid at once: the loser gets a 409 and may retry, never a 500. */
    private static GridChanges concurrently(Supplier<GridChanges> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            if (ConcurrentWrite.lostRace(e)) {
                throw Refusal.conflict("the grid was changed by someone else at the same moment; try again");
            }
            throw e;
        }
    }

    static boolean reaches(Caller caller, String gridCode) {
        if (caller.is(Role.ADMIN)) {
            return true;
        }
        return caller.is(Role.TOWNSHIP) && GridCode.isValid(gridCode) && caller.inScope(gridCode.substring(0, 9));
    }

    /** A township draws only inside its own outline; an administrator anywhere. */
    private static String confinement(Caller caller) {
        return caller.is(Role.TOWNSHIP) ? caller.scope().stream().findFirst().orElse("") : null;
    }

    private static void requireReach(Caller caller, String gridCode) {
        if (!reaches(caller, gridCode)) {
            throw Refusal.notAllowed("only an administrator or the grid's own township may change grid " + gridCode);
        }
    }

    static String fieldOf(String reason) {
        if (reason.startsWith("unknown community") || reason.startsWith("duplicate")) {
            return "code";
        }
        if (reason.startsWith("properties.")) {
            return reason.substring(0, reason.indexOf(':') > 0 ? reason.indexOf(':') : reason.length());
        }
        return "geometry";
    }
}

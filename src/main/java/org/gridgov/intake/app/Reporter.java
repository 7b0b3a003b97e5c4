package org.gridgov.intake.app;

import org.gridgov.intake.domain.Source;
import org.gridgov.intake.domain.WorkerScope;

/** Who is submitting: a worker (with grids) or an Open311 client (by its registered name; no scope). */
public record Reporter(Source source, String name, WorkerScope scope) {

    public static Reporter worker(String username, WorkerScope scope) {
        return new Reporter(Source.WORKER, username, scope);
    }

    public static Reporter citizenApp(String clientName) {
        return new Reporter(Source.CITIZEN, clientName, null);
    }
}

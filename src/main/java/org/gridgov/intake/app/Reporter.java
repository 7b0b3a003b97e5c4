package org.gridgov.intake.app;

import org.gridgov.intake.domain.Source;
import org.gridgov.intake.domain.WorkerScope;

/**
 * Who is submitting: a worker (with grids, and a bearer token to forward to the grid service)
 * or an Open311 client (by its registered name; no scope, no token).
 */
public record Reporter(Source source, String name, WorkerScope scope, String bearer) {

    public static Reporter worker(String username, WorkerScope scope, String bearer) {
        return new Reporter(Source.WORKER, username, scope, bearer);
    }

    public static Reporter citizenApp(String clientName) {
        return new Reporter(Source.CITIZEN, clientName, null, null);
    }
}

package org.gridgov.dispatch.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What routing decided about a new case. {@code department} is the routed assignee (for an
 * arbitration case, the township centre); {@code timeLimit} may be null (the default applies).
 * {@code selfResolution} is present for a worker's self-resolved report (自处置), else null.
 */
public record NewCase(UUID id, String number, String category, Priority priority, Source source,
                      String reporter, String description, GridChain grid, GeoPoint location,
                      UUID reportId, String department, boolean arbitration, TimeLimit timeLimit,
                      Instant reportedAt, SelfResolution selfResolution) {

    public NewCase(UUID id, String number, String category, Priority priority, Source source, String reporter,
                   String description, GridChain grid, GeoPoint location, UUID reportId, String department,
                   boolean arbitration, TimeLimit timeLimit, Instant reportedAt) {
        this(id, number, category, priority, source, reporter, description, grid, location, reportId, department,
                arbitration, timeLimit, reportedAt, null);
    }
}

package org.gridgov.dispatch.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What routing decided about a new case. {@code department} is the routed assignee (for an
 * arbitration case, the township centre); {@code timeLimit} may be null (the default applies).
 */
public record NewCase(UUID id, String number, String category, Priority priority, Source source,
                      String reporter, String description, GridChain grid, GeoPoint location,
                      UUID reportId, String department, boolean arbitration, TimeLimit timeLimit,
                      Instant reportedAt) {
}

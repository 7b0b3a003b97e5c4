package org.gridgov.routing.app;

import java.time.Instant;
import org.gridgov.routing.domain.RoutingRule;

/** A rule as stored: the rule itself, who made it and when, and the version a change must name. */
public record StoredRule(RoutingRule rule, String createdBy, Instant createdAt, Instant updatedAt, long version) {
}

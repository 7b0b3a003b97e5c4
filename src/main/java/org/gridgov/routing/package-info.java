/**
 * Routing: decides what an accepted report becomes and who must act on it.
 *
 * <p>Owns (schema {@code routing}): routing rules (category or major class × grid, community,
 * township, district or city → city department, township unit or township centre), the cases it
 * opened (to find duplicates while they are open and to remember returns), which report became
 * which case, and its category table ({@code reference/categories.csv}, shared with intake and dashboard).
 *
 * <p>Consumes {@code gridgov.reports.v1} (ReportAccepted, group {@code routing}) and
 * {@code gridgov.cases.v1} (CaseReturned to reroute; closed/rejected to stop linking duplicates,
 * group {@code routing-cases}), both through the platform inbox (idempotent, DLQ after retries).
 *
 * <p>Publishes {@code gridgov.routing.v1} through its outbox, key case id: CaseOpened, ReportLinked,
 * CaseRerouted. Serves {@code /api/v1/routing/rules} (ADMIN; TOWNSHIP for its own township).
 */
@Configuration
@Requires(property = "gridgov.roles.routing", notEquals = "false")
package org.gridgov.routing;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;

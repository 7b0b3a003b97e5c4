/**
 * Intake: how reports enter gridgov.
 *
 * <p>Owns: schema {@code intake} (reports, their photos, the case status last heard for each
 * report, Open311 API keys, citizens' ratings, the outbox). Photos live in a content-addressed blob store (SHA-256).
 *
 * <p>Serves: the grid worker's mobile API under {@code /api/v1/reports} (idempotent on the phone's
 * {@code clientReportId}, offline batches, photos), the category table ({@code /api/v1/categories}),
 * evidence photos of case actions ({@code /api/v1/photos}, named by SHA-256) and an Open311 GeoReport v2 facade under
 * {@code /open311/v2/} for citizens' apps.
 *
 * <p>Calls: the grid service's {@code GET /api/v1/locate} over HTTP to find the grid chain.
 *
 * <p>Publishes: {@code gridgov.reports.v1} ({@code ReportAccepted}, key: report id) through the
 * transactional outbox, and {@code gridgov.ratings.v1} ({@code CitizenRated}, key: case id) when an
 * Open311 requester rates a closed case with the request's token. Consumes: {@code gridgov.cases.v1} to show each reporter the state of the
 * case the report became, and to list resolved cases in a worker's grids as verification tasks.
 */
@Configuration
@Requires(property = "gridgov.roles.intake", notEquals = "false")
package org.gridgov.intake;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;

/**
 * Dispatch: the case lifecycle as a closed loop (立案 → 派遣 → 处置 → 核查 → 结案) with deadlines,
 * returns, extensions, 缓办 / 挂账 (the clock stands still), rework and escalation.
 *
 * <ul>
 *   <li>Owns: schema {@code dispatch} — cases (with optimistic versions), their timeline, case
 *       numbers {@code ZB-<year>-<serial>}, its outbox and processed-message table.</li>
 *   <li>Consumes: {@code gridgov.routing.v1} (CaseOpened, ReportLinked, CaseRerouted), and
 *       {@code gridgov.ratings.v1} (CitizenRated: an Open311 requester's rating, applied as the
 *       reporter's).</li>
 *   <li>Publishes: {@code gridgov.cases.v1} (key: case id) for every transition, and work orders on
 *       {@code gridgov.dispatch.v1} (key: department code), through the outbox.</li>
 *   <li>HTTP: {@code /api/v1/cases} — inboxes, case pages with timeline, and the actions; {@code
 *       /api/v1/cases/events} — the live feed of transitions for the console.</li>
 * </ul>
 * The lifecycle itself is {@link org.gridgov.dispatch.domain.Transitions}; the rules are in
 * {@link org.gridgov.dispatch.domain.Case}.
 */
@Configuration
@Requires(property = "gridgov.roles.dispatch", notEquals = "false")
package org.gridgov.dispatch;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;

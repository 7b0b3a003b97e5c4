/**
 * Registry: the city's register of reform measures (改革举措).
 *
 * <p><b>Owns</b> (schema {@code registry}, migrations V600–V699): measures and their adoptions;
 * half-year selection rounds with nominations, peer scores, public votes and the "two up, two
 * down" consultation steps; monthly supervision of districts; annual expert scores; showcase sites
 * (七星九点) and the figures they report; the records of the "六个一" monthly work method.
 *
 * <p><b>Consumes</b> {@code gridgov.kpi.v1} ({@code KpiMeasured}, key: site id) through the
 * platform inbox (idempotent on eventId; an unknown site id or an invalid message goes to
 * {@code gridgov.kpi.v1.dlq}).
 *
 * <p><b>Publishes</b> nothing: the register is read over HTTP ({@code /api/v1/registry/...},
 * public reads, reform-office writes, anonymous keyed voting).
 *
 * <p>Layout: {@code domain} (plain Java rules), {@code app} (use cases, transactions),
 * {@code persistence} (rows and repositories), {@code web} (controllers), {@code messaging}
 * (the KPI listener and its wire record).
 */
@Configuration
@Requires(property = "gridgov.roles.registry", notEquals = "false")
package org.gridgov.registry;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;

/**
 * The grid service: the three-in-one grid model (township → community → grid cell, under district
 * and city) and {@code locate}.
 *
 * <p>Owns (schema {@code grid}): areas with national division codes, grid cells with their
 * {@code geometry(MultiPolygon,4326)}, grid workers and their grids; the in-memory locate index.
 *
 * <p>Publishes {@code gridgov.grid.v1} through its outbox: {@code GridCellUpserted},
 * {@code GridCellRetired} (key: grid code), {@code WorkerGridsAssigned} (key: worker username).
 *
 * <p>Consumes {@code gridgov.grid.v1} itself: every instance applies every cell change to its own
 * locate index (a consumer group of its own).
 *
 * <p>HTTP: {@code /api/v1/areas}, {@code /api/v1/grids}, {@code /api/v1/locate}, {@code /api/v1/workers}.
 */
@Configuration
@Requires(property = "gridgov.roles.grid", notEquals = "false")
package org.gridgov.grid;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;

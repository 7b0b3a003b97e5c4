/**
 * The city-day simulator ({@code ./gridgov simulate}): a client of the running platform, not a
 * service. It drives the platform only through its public HTTP APIs, as a city does: grid workers
 * report in their grids on a daytime curve, citizens report through Open311, departments accept,
 * return and resolve, the township centre registers, verifies (some checks fail) and closes, and
 * reporters rate. Everything it plans comes from one seed ({@link org.gridgov.simulator.CityPlan});
 * what the platform answered is counted in a {@link org.gridgov.simulator.Tally}.
 *
 * <p>It uses the JDK's HttpClient and Jackson only, and no class of any service (ArchitectureTest).
 * The platform stamps every step with its own clock, so a simulated day is compressed into real time
 * at the chosen rate (docs/simulator.md).
 */
package org.gridgov.simulator;

/**
 * What every service shares, and nothing that belongs to one of them.
 * <ul>
 *   <li>{@code roles}: which services this process runs.</li>
 *   <li>{@code security}: users (schema {@code platform}), login, JWT roles and scopes.</li>
 *   <li>{@code problem}: every error as {@code application/problem+json} (RFC 9457).</li>
 *   <li>{@code messaging}: topics, the transactional outbox and its relay, the idempotent inbox with
 *       its dead-letter topics.</li>
 *   <li>{@code geo}: the one JTS ↔ PostGIS converter.</li>
 *   <li>{@code metrics}: the timers of the stages a message passes through.</li>
 *   <li>{@code time}, {@code calendar}: the clock and the working calendar.</li>
 * </ul>
 * Owns the {@code platform} schema. Consumes {@code gridgov.grid.v1} (WorkerGridsAssigned) to keep
 * workers' token scopes in step with their grids.
 */
package org.gridgov.platform;

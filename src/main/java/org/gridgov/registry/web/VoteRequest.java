package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code voterHash}: lower-case hex SHA-256 of the voter's verified phone number or ID, computed by
 * the verification gateway; the register never receives the number itself.
 */
@Serdeable
public record VoteRequest(@NotNull @Pattern(regexp = "^[0-9a-f]{64}$") String voterHash) {
}

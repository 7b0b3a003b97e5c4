package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code voterCredential}: what {@code POST /api/v1/registry/voters/verify} gave the voter after
 * they proved their phone with a one-time code. A ballot without one is refused.
 */
@Serdeable
public record VoteRequest(@NotBlank String voterCredential) {
}

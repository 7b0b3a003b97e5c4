package org.gridgov.registry.persistence;

import io.micronaut.core.annotation.Introspected;
import java.util.UUID;

/** Votes per nomination: the only thing about votes that is ever read back out. */
@Introspected
public record VoteTally(UUID nominationId, long votes) {
}

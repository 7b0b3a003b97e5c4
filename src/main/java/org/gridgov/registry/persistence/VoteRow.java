package org.gridgov.registry.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity(value = "vote", schema = "registry")
public record VoteRow(@Id @GeneratedValue @Nullable Long id, String roundCode, UUID nominationId, String voterKey, Instant castAt) {
}

package org.gridgov.registry.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The pending one-time code of a phone, both kept only as keyed hashes. */
@MappedEntity(value = "voter_code", schema = "registry")
public record VoterCodeRow(@Id String phoneKey, String codeKey, Instant sentAt, Instant expiresAt, int attempts) {
}

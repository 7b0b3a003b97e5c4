package org.gridgov.registry.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A voter credential, found by its SHA-256; the voter is the keyed hash of the verified phone. */
@MappedEntity(value = "voter_credential", schema = "registry")
public record VoterCredentialRow(@Id String credentialHash, String voterKey, Instant issuedAt, Instant expiresAt) {
}

package org.gridgov.registry.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity(value = "nomination", schema = "registry")
public record NominationRow(
        @Id UUID id,
        String roundCode,
        UUID measureId,
        String nominator,
        String nominatorKind,
        String evidence,
        Instant nominatedAt) {
}

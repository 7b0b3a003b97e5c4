package org.gridgov.routing.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity(value = "case_return", schema = "routing")
public record CaseReturnRow(@Id UUID id, UUID caseId, String department, String reason, @Nullable Instant returnedAt) {
}

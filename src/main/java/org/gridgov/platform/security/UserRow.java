package org.gridgov.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;

@MappedEntity(value = "users", schema = "platform")
public record UserRow(
        @Id String username,
        String passwordHash,
        String role,
        @TypeDef(type = DataType.STRING_ARRAY) String[] scope,
        @Nullable String displayName,
        boolean enabled,
        @Version Long version,
        Instant createdAt,
        Instant updatedAt) {
}

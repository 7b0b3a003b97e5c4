package org.gridgov.platform.security.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One login on one device; lives while its refresh tokens are used, until revoked or expired. */
@MappedEntity(value = "device_sessions", schema = "platform")
public record SessionRow(
        @Id UUID id,
        String username,
        @Nullable String device,
        int tokenVersion,
        Instant createdAt,
        Instant lastUsedAt,
        Instant expiresAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedReason) {

    public boolean liveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}

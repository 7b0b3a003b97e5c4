package org.gridgov.platform.security.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A refresh token the server issued, known only by its SHA-256; {@code usedAt} once it was exchanged. */
@MappedEntity(value = "refresh_tokens", schema = "platform")
public record RefreshTokenRow(
        @Id String tokenHash,
        UUID sessionId,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {
}

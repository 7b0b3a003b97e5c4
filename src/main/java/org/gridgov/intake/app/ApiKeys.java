package org.gridgov.intake.app;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridgov.intake.domain.ApiKey;
import org.gridgov.intake.persistence.ApiKeyRows;
import org.gridgov.intake.persistence.ApiKeyRows.ApiKeyRow;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.platform.time.SettableClock;

/** Open311 API keys: issued to a named third-party app, shown once, stored hashed, revocable. */
@Singleton
public class ApiKeys {

    private final ApiKeyRows rows;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ApiKeys(ApiKeyRows rows, Clock clock) {
        this.rows = rows;
        this.clock = SettableClock.wallOf(clock); // keys are issued and revoked in real time, also while a demo sets the platform clock back
    }

    /** An API key as administrators see it: everything but its hash. */
    public record Key(UUID id, String clientName, String createdBy, Instant createdAt, Instant revokedAt) {

        static Key of(ApiKeyRow row) {
            return new Key(row.id(), row.clientName(), row.createdBy(), row.createdAt(), row.revokedAt());
        }
    }

    /** A key just issued, with the plain text that is shown this once. */
    public record Issued(Key issued, String key) {
    }

    public Issued issue(String clientName, String admin) {
        if (clientName == null || clientName.isBlank() || clientName.length() > 100) {
            throw Refusal.malformed("clientName", "is required, at most 100 characters");
        }
        ApiKey key = ApiKey.issue(random);
        ApiKeyRow row = new ApiKeyRow(UUID.randomUUID(), clientName.strip(), key.hash(), admin, clock.instant(), null);
        Unavailable.database(() -> {
            rows.insert(row);
            return null;
        });
        return new Issued(Key.of(row), key.plaintext());
    }

    public List<Key> all() {
        return Unavailable.database(rows::all).stream().map(Key::of).toList();
    }

    public void revoke(UUID id) {
        ApiKeyRow row = rows.findById(id).orElseThrow(() -> Refusal.notFound("no API key " + id));
        if (row.revokedAt() == null) {
            rows.revoke(id, clock.instant());
        }
    }

    /** @return the name of the app the key was issued to; 403 for an unknown or revoked key */
    public String clientOf(String key) {
        if (key == null || key.isBlank()) {
            throw Refusal.malformed("api_key", "api_key is required to submit a request");
        }
        ApiKeyRow row = Unavailable.database(() -> rows.findByHash(ApiKey.hashOf(key.strip())))
                .orElseThrow(() -> Refusal.notAllowed("invalid api_key"));
        if (row.revokedAt() != null) {
            throw Refusal.notAllowed("this api_key has been revoked");
        }
        return row.clientName();
    }
}

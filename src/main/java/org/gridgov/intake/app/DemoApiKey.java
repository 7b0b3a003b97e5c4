package org.gridgov.intake.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import org.gridgov.intake.domain.ApiKey;
import org.gridgov.intake.persistence.ApiKeyRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo only: an Open311 key with a known value for the "淄博随手拍" demo app, so the Open311 facade
 * can be tried at once. Idempotent: a second start finds the key and changes nothing.
 */
@Singleton
@Requires(property = "gridgov.demo.enabled", value = "true")
class DemoApiKey {

    private static final Logger LOG = LoggerFactory.getLogger(DemoApiKey.class);

    private final ApiKeyRows rows;
    private final Clock clock;
    private final String key;

    DemoApiKey(ApiKeyRows rows, Clock clock, @Value("${gridgov.intake.demo-api-key:o311_zibo-demo-key}") String key) {
        this.rows = rows;
        this.clock = clock;
        this.key = key;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        String hash = ApiKey.hashOf(key);
        if (rows.findByHash(hash).isPresent()) {
            return;
        }
        try {
            rows.insert(new ApiKeyRows.ApiKeyRow(UUID.randomUUID(), "淄博随手拍 (demo)", hash, "demo", clock.instant(), null));
            LOG.info("demo Open311 api_key for the demo app: {}", key);
        } catch (RuntimeException e) {
            if (!Unavailable.isUniqueViolation(e)) {
                throw e;
            }
            // a second instance starting at the same moment inserted it first
        }
    }
}

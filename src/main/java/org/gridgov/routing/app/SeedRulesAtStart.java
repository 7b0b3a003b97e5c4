package org.gridgov.routing.app;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** Seeds the rules when the routing role starts, every time (it is idempotent), not only for demos. */
@Singleton
class SeedRulesAtStart {

    private final SeedRules seedRules;

    SeedRulesAtStart(SeedRules seedRules) {
        this.seedRules = seedRules;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        seedRules.seed();
    }
}

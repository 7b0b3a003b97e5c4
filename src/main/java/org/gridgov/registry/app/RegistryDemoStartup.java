package org.gridgov.registry.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the registry's demo data when the process starts with {@code gridgov.demo.enabled=true}. */
@Singleton
@Requires(property = "gridgov.demo.enabled", value = "true")
@Requires(property = "gridgov.roles.registry", notEquals = "false")
class RegistryDemoStartup {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryDemoStartup.class);
    private final RegistryDemoData demoData;

    RegistryDemoStartup(RegistryDemoData demoData) {
        this.demoData = demoData;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        demoData.load();
        LOG.info("registry demo data present: rounds 2016H1–2018H2, showcase sites, supervision 2018-11/12");
    }
}

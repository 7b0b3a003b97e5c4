package org.gridgov.registry.app;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the registry's demo data when the process starts with {@code gridgov.demo.enabled=true}.
 * A context bean, so that it runs while the context starts, before the Kafka listeners poll: the
 * first figure the dashboard sends for {@code fengshui-grid} must find the site already there,
 * or it would be dead-lettered as a figure for an unknown site.
 */
@Context
@Requires(property = "gridgov.demo.enabled", value = "true")
class RegistryDemoStartup {

    private static final Logger LOG = LoggerFactory.getLogger(RegistryDemoStartup.class);
    private final RegistryDemoData demoData;

    RegistryDemoStartup(RegistryDemoData demoData) {
        this.demoData = demoData;
    }

    @PostConstruct
    void load() {
        demoData.load();
        LOG.info("registry demo data present: rounds 2016H1–2018H2, showcase sites, supervision 2018-11/12");
    }
}

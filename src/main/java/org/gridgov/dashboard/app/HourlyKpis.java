package org.gridgov.dashboard.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes the showcase KPIs every {@code gridgov.dashboard.kpi-interval} (default one hour). */
@Singleton
@Requires(property = "gridgov.dashboard.kpi-schedule.enabled", notEquals = "false")
class HourlyKpis {

    private static final Logger LOG = LoggerFactory.getLogger(HourlyKpis.class);

    private final PublishKpis publishKpis;

    HourlyKpis(PublishKpis publishKpis) {
        this.publishKpis = publishKpis;
    }

    @Scheduled(fixedDelay = "${gridgov.dashboard.kpi-interval:1h}", initialDelay = "${gridgov.dashboard.kpi-initial-delay:5m}")
    void publish() {
        try {
            publishKpis.publish();
        } catch (RuntimeException e) {
            // The next run tries again; a failed hour must not stop the schedule.
            LOG.warn("showcase KPIs not published: {}", e.toString());
        }
    }
}

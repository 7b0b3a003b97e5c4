package org.gridgov.dashboard.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.gridgov.platform.scheduling.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the showcase KPIs every {@code gridgov.dashboard.kpi-interval} (default one hour), once
 * per cluster: every dashboard instance ticks, {@link ClusterJobs} lets one of them run per interval.
 */
@Singleton
@Requires(property = "gridgov.dashboard.kpi-schedule.enabled", notEquals = "false")
class HourlyKpis {

    private static final Logger LOG = LoggerFactory.getLogger(HourlyKpis.class);

    static final String JOB = "dashboard.hourly-kpis";

    private final PublishKpis publishKpis;
    private final ClusterJobs clusterJobs;
    private final Duration interval;

    HourlyKpis(PublishKpis publishKpis, ClusterJobs clusterJobs,
               @Value("${gridgov.dashboard.kpi-interval:1h}") Duration interval) {
        this.publishKpis = publishKpis;
        this.clusterJobs = clusterJobs;
        this.interval = interval;
    }

    @Scheduled(fixedDelay = "${gridgov.dashboard.kpi-interval:1h}", initialDelay = "${gridgov.dashboard.kpi-initial-delay:5m}")
    void publish() {
        try {
            clusterJobs.runIfDue(JOB, interval, publishKpis::publish);
        } catch (RuntimeException e) {
            // The next run tries again; a failed hour must not stop the schedule.
            LOG.warn("showcase KPIs not published: {}", e.toString());
        }
    }
}

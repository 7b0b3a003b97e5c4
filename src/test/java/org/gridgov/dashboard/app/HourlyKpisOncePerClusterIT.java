package org.gridgov.dashboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridgov.platform.messaging.Topics;
import org.gridgov.platform.scheduling.ClusterJobs;
import org.gridgov.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two dashboard instances (two application contexts on one database) both tick the hourly KPI job:
 * the KPIs are published once per interval, not once per instance.
 */
class HourlyKpisOncePerClusterIT {

    private static final Map<String, Object> DASHBOARD_ONLY = Map.of(
            "gridgov.roles.grid", "false", "gridgov.roles.intake", "false", "gridgov.roles.routing", "false",
            "gridgov.roles.dispatch", "false", "gridgov.roles.registry", "false", "gridgov.roles.dashboard", "true",
            "gridgov.dashboard.kpi-initial-delay", "1h");

    private static final List<ApplicationContext> INSTANCES = new ArrayList<>();

    @BeforeAll
    static void twoDashboardInstances() {
        INSTANCES.add(ApplicationContext.run(DASHBOARD_ONLY, "test"));
        INSTANCES.add(ApplicationContext.run(DASHBOARD_ONLY, "test"));
    }

    @AfterAll
    static void stop() {
        INSTANCES.forEach(ApplicationContext::close);
    }

    @Test
    void bothInstancesTickingPublishTheKpisOnce() throws Exception {
        TestDatabase database = INSTANCES.get(0).getBean(TestDatabase.class);
        database.update("DELETE FROM platform.cluster_job WHERE name = ?", HourlyKpis.JOB);
        long before = kpiRows(database);

        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> INSTANCES.get(0).getBean(HourlyKpis.class).publish());
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> INSTANCES.get(1).getBean(HourlyKpis.class).publish());
        CompletableFuture.allOf(one, two).get();
        long afterFirstTicks = kpiRows(database);
        INSTANCES.get(1).getBean(HourlyKpis.class).publish();
        INSTANCES.get(0).getBean(HourlyKpis.class).publish();

        assertThat(afterFirstTicks - before).as("KPI messages of one run").isBetween(1L, 4L);
        assertThat(kpiRows(database)).as("no instance publishes again within the hour").isEqualTo(afterFirstTicks);
    }

    @Test
    void aJobTickedManyTimesByBothInstancesAtOnceRunsOncePerInterval() throws Exception {
        String job = "test.job-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger runs = new AtomicInteger();
        List<CompletableFuture<Void>> ticks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ClusterJobs jobs = INSTANCES.get(i % 2).getBean(ClusterJobs.class);
            ticks.add(CompletableFuture.runAsync(() -> jobs.runIfDue(job, Duration.ofHours(1), runs::incrementAndGet)));
        }
        CompletableFuture.allOf(ticks.toArray(CompletableFuture[]::new)).get();

        assertThat(runs).hasValue(1);
    }

    private static long kpiRows(TestDatabase database) {
        return database.one("SELECT count(*) FROM dashboard.outbox WHERE topic = ?", rs -> rs.getLong(1), Topics.KPI)
                .orElse(0L);
    }
}

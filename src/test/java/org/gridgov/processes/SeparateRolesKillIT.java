package org.gridgov.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.gridgov.support.PlatformProcess;
import org.gridgov.support.PlatformProcess.Infrastructure;
import org.gridgov.support.TestDatabase;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, roles as separate processes: grid and intake run in one process, routing and dispatch
 * in two processes each, sharing their topics' partitions through their consumer groups. While
 * workers report at a steady pace, one routing and one dispatch process are killed (SIGKILL)
 * mid-stream; their partitions move to the survivors, and every report still becomes exactly one
 * case. (This test's own context runs no role: it only issues tokens and reads the tables.)
 */
@MicronautTest(transactional = false)
@Property(name = "gridgov.roles.grid", value = "false")
@Property(name = "gridgov.roles.intake", value = "false")
@Property(name = "gridgov.roles.routing", value = "false")
@Property(name = "gridgov.roles.dispatch", value = "false")
@Property(name = "gridgov.roles.dashboard", value = "false")
@Property(name = "gridgov.roles.registry", value = "false")
@Property(name = "datasources.default.maximum-pool-size", value = "3")
@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret", value = SeparateRolesKillIT.SECRET)
class SeparateRolesKillIT {

    static final String SECRET = "signing-secret-of-the-separate-processes-tests-0123456789";
    private static final String COMMUNITY = "370306001001"; // 车站社区, 丝绸路街道, 周村区
    private static final int WORKERS = 4;
    private static final int REPORTS_EACH = 50;

    @Inject ApplicationContext context;
    @Inject TestTokens tokens;
    @Inject TestDatabase database;

    private final List<PlatformProcess> processes = new ArrayList<>();

    @AfterEach
    void stopEveryProcess() {
        processes.forEach(PlatformProcess::close);
    }

    @Test
    void everyReportBecomesExactlyOneCaseWhenARoutingAndADispatchProcessAreKilledMidStream() throws Exception {
        Infrastructure infrastructure = Infrastructure.of(context);
        int edgePort = PlatformProcess.freePort();
        URI edgeUrl = URI.create("http://127.0.0.1:" + edgePort);
        // all at once: the others ask grid and intake only when work arrives, by then the edge is up
        List<PlatformProcess.Launch> launches = new ArrayList<>();
        launches.add(PlatformProcess.launch(infrastructure, "edge", "grid,intake").onPort(edgePort).poolSize(8));
        for (String name : List.of("routing-1", "routing-2", "dispatch-1", "dispatch-2")) {
            launches.add(PlatformProcess.launch(infrastructure, name, name.substring(0, name.indexOf('-')))
                    .gridAndIntakeAt(edgeUrl).poolSize(5));
        }
        List<PlatformProcess> started = startAll(launches);
        PlatformProcess edge = started.get(0);
        PlatformProcess routing = started.get(1);
        PlatformProcess dispatch = started.get(3);
        // routing listens with two consumers a process, dispatch with one: both processes of each role hold partitions
        awaitGroupMembers(infrastructure, Map.of("routing", 2, "dispatch", 2));

        try (FieldWork field = FieldWork.start(COMMUNITY, "0106", WORKERS, edge.url(), edge.url(), tokens)) {
            CompletableFuture<Void> made = field.reportSteadily(REPORTS_EACH, Duration.ofMillis(300));
            await().atMost(Duration.ofSeconds(60)).until(() -> field.made() >= WORKERS * REPORTS_EACH / 3);
            routing.kill();
            dispatch.kill();
            made.get();
            field.awaitAllSent(Duration.ofMinutes(2));

            new ReportTrail(database, edge.url()).everyReportBecameExactlyOneCase(field, Duration.ofSeconds(150));
        }
        assertThat(routing.isAlive()).isFalse();
        assertThat(dispatch.isAlive()).isFalse();
    }

    /** Starts the processes side by side; each that started is stopped after the test, even when another did not. */
    private List<PlatformProcess> startAll(List<PlatformProcess.Launch> launches) {
        ExecutorService starter = Executors.newFixedThreadPool(launches.size());
        try {
            List<CompletableFuture<PlatformProcess>> starting = launches.stream()
                    .map(launch -> CompletableFuture.supplyAsync(launch::start, starter)).toList();
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
            starting.stream().filter(process -> !process.isCompletedExceptionally()).map(CompletableFuture::join)
                    .forEach(processes::add);
            return starting.stream().map(CompletableFuture::join).toList();
        } finally {
            starter.shutdown();
        }
    }

    /**
     * Waits until each listener of each group holds partitions in as many processes as the role runs
     * (a group has one member per listener per process: routing reads reports and cases, dispatch
     * routing decisions and ratings).
     */
    private static void awaitGroupMembers(Infrastructure infrastructure, Map<String, Integer> processesPerGroup) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafka()))) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(processesPerGroup.keySet()).all().get();
                processesPerGroup.forEach((group, processes) -> {
                    Map<String, Long> membersPerListener = groups.get(group).members().stream()
                            .filter(member -> !member.assignment().topicPartitions().isEmpty())
                            .collect(Collectors.groupingBy(member -> member.clientId().replaceAll("-[0-9a-f-]{36}$", ""),
                                    Collectors.counting()));
                    assertThat(membersPerListener).as("listeners of consumer group %s holding partitions, per process", group)
                            .isNotEmpty().allSatisfy((listener, count) -> assertThat(count).as(listener).isEqualTo(processes.longValue()));
                });
            });
        }
    }
}

package org.gridgov.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gridgov.support.PlatformProcess;
import org.gridgov.support.PlatformProcess.Infrastructure;
import org.gridgov.support.TestDatabase;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 12, recovery: the platform (all roles, one process of its own) loses its process or its
 * database connections while workers' phones keep reporting. A phone that got no answer sends the
 * report again with the same {@code clientReportId}; in the end every report is stored once, routed
 * once, and shown to its worker with its case. (This test's own context runs no role: it only
 * issues tokens and reads the tables.)
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "gridgov.roles.grid", value = "false")
@Property(name = "gridgov.roles.intake", value = "false")
@Property(name = "gridgov.roles.routing", value = "false")
@Property(name = "gridgov.roles.dispatch", value = "false")
@Property(name = "gridgov.roles.dashboard", value = "false")
@Property(name = "gridgov.roles.registry", value = "false")
@Property(name = "datasources.default.maximum-pool-size", value = "3")
@Property(name = "micronaut.security.token.jwt.signatures.secret.generator.secret", value = KillAndRestartRecoveryIT.SECRET)
class KillAndRestartRecoveryIT {

    static final String SECRET = "signing-secret-of-the-kill-and-restart-test-0123456789";
    private static final int WORKERS = 3;
    private static final int REPORTS_EACH = 40;
    private static final Duration PACE = Duration.ofMillis(300);

    @Inject ApplicationContext context;
    @Inject TestTokens tokens;
    @Inject TestDatabase database;

    private PlatformProcess platform;

    @BeforeAll
    void startThePlatform() {
        platform = PlatformProcess.launch(Infrastructure.of(context), "all-roles", "all").poolSize(10).start();
    }

    @AfterAll
    void stopIt() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void reportsSentWhileThePlatformIsKilledAndRestartedAreEachStoredRoutedAndShownOnce() throws Exception {
        try (FieldWork field = FieldWork.start("370306001003", "0105", WORKERS, platform.url(), platform.url(), tokens)) {
            CompletableFuture<Void> made = field.reportSteadily(REPORTS_EACH, PACE);
            await().atMost(Duration.ofSeconds(60)).until(() -> field.made() >= WORKERS * REPORTS_EACH / 3);
            platform.kill();
            // on the same port: the phones know one address, and keep trying it meanwhile
            platform = platform.launch().named("all-roles-restarted").start();
            made.get();
            field.awaitAllSent(Duration.ofMinutes(2));

            new ReportTrail(database, platform.url()).everyReportBecameExactlyOneCase(field, Duration.ofSeconds(120));
            assertThat(field.phones().stream().mapToInt(FieldPhone::retries).sum())
                    .as("reports sent again while the platform was away").isPositive();
        }
    }

    @Test
    void reportsSentWhileTheDatabaseConnectionsAreTerminatedAreEachStoredRoutedAndShownOnce() throws Exception {
        try (FieldWork field = FieldWork.start("370306001004", "0105", WORKERS, platform.url(), platform.url(), tokens)) {
            CompletableFuture<Void> made = field.reportSteadily(REPORTS_EACH, PACE);
            int reports = WORKERS * REPORTS_EACH;
            for (int third = 1; third <= 3; third++) {
                int reached = reports * third / 4;
                await().atMost(Duration.ofSeconds(60)).until(() -> field.made() >= reached);
                assertThat(terminateEveryOtherConnection()).as("connections terminated").isNotEmpty();
            }
            made.get();
            field.awaitAllSent(Duration.ofMinutes(2));

            new ReportTrail(database, platform.url()).everyReportBecameExactlyOneCase(field, Duration.ofSeconds(120));
        }
        assertThat(platform.isAlive()).isTrue();
    }

    /** Every connection to the test database but this one ends at once, as when PostgreSQL restarts. */
    private List<Boolean> terminateEveryOtherConnection() {
        return database.list("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND pid <> pg_backend_pid()", row -> row.getBoolean(1));
    }
}

package org.gridgov.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
 * Issue 12, recovery: the platform (all roles, one process of its own) loses its process, its
 * database connections, or its database for some seconds (as when PostgreSQL restarts), while
 * workers' phones keep reporting. A phone that got no answer sends the
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

    @Test
    void reportsSentWhileTheDatabaseIsAwayForSecondsAreEachStoredRoutedAndShownOnce() throws Exception {
        try (FieldWork field = FieldWork.start("370306001006", "0105", WORKERS, platform.url(), platform.url(), tokens)) {
            CompletableFuture<Void> made = field.reportSteadily(REPORTS_EACH, PACE);
            await().atMost(Duration.ofSeconds(60)).until(() -> field.made() >= WORKERS * REPORTS_EACH / 3);
            databaseAway(Duration.ofSeconds(15));
            made.get();
            field.awaitAllSent(Duration.ofMinutes(2));

            new ReportTrail(database, platform.url()).everyReportBecameExactlyOneCase(field, Duration.ofSeconds(120));
        }
        assertThat(platform.isAlive()).isTrue();
    }

    /**
     * What a PostgreSQL restart does to the platform, done to its database alone (the server is
     * shared): the database refuses new connections and every open one ends; after a while it
     * accepts them again. Only the database's owner is needed, from a connection to another database.
     */
    private void databaseAway(Duration outage) throws Exception {
        String name = database.one("SELECT current_database()", row -> row.getString(1)).orElseThrow();
        String url = context.getRequiredProperty("datasources.default.url", String.class)
                .replaceFirst("/" + name + "(\\?|$)", "/postgres$1");
        try (Connection other = DriverManager.getConnection(url,
                context.getRequiredProperty("datasources.default.username", String.class),
                context.getRequiredProperty("datasources.default.password", String.class));
                Statement statement = other.createStatement()) {
            statement.execute("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS false");
            try {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
                await().pollDelay(outage).atMost(outage.plusSeconds(5)).until(() -> true);
            } finally {
                statement.execute("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS true");
            }
        }
    }

    /** Every connection to the test database but this one ends at once, as when PostgreSQL restarts. */
    private List<Boolean> terminateEveryOtherConnection() {
        return database.list("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE datname = current_database() AND pid <> pg_backend_pid()", row -> row.getBoolean(1));
    }
}

package org.gridgov.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestDatabase;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * With PostgreSQL gone (the test database refuses new connections and the pool's connections are
 * killed), a worker's report is answered 503 problem+json — never a 201 for a report not stored —
 * and intake recovers once the database is back.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.connection-timeout", value = "1500")
class DatabaseDownIT {

    @Inject @Client("/") HttpClient client;
    @Inject TestTokens tokens;
    @Inject TestDatabase database;
    @Value("${datasources.default.url}") String url;
    @Value("${datasources.default.username}") String username;
    @Value("${datasources.default.password}") String password;

    @Test
    void aReportWhileTheDatabaseIsDownIs503AndNothingIsStored() throws Exception {
        IntakeApi api = new IntakeApi(client);
        TestGrids.TestGrid grid = new TestGrids(client, tokens).inHomeTownship();
        String token = tokens.issue("w-nodb-" + UUID.randomUUID().toString().substring(0, 6), Role.WORKER, List.of(grid.code()));
        UUID clientId = UUID.randomUUID();
        String name = database.one("SELECT current_database()", rs -> rs.getString(1)).orElseThrow();
        // the worker is already at work when the database goes: their session has been checked
        assertThat(api.get("/api/v1/reports?mine", token).status()).isEqualTo(200);

        IntakeApi.Answer answer;
        try {
            onMaintenanceDatabase("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS false");
            onMaintenanceDatabase("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                    + "' AND pid <> pg_backend_pid()");
            answer = api.post("/api/v1/reports", IntakeApi.report(clientId, "0102", grid.lat(), grid.lon()), token);
        } finally {
            onMaintenanceDatabase("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS true");
        }

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.response().getContentType().map(Object::toString)).contains("application/problem+json");
        assertThat(database.one("SELECT count(*) FROM intake.report WHERE client_report_id = ?::uuid",
                rs -> rs.getInt(1), clientId.toString())).contains(0);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                api.post("/api/v1/reports", IntakeApi.report(clientId, "0102", grid.lat(), grid.lon()), token).status() == 201);
    }

    private void onMaintenanceDatabase(String sql) throws SQLException {
        String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(maintenance, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

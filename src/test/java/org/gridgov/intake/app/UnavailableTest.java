package org.gridgov.intake.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.exceptions.ConnectionException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;

class UnavailableTest {

    @Test
    void aLostDatabaseBecomesA503NeverA201OrA500() {
        RuntimeException poolTimeout = new IllegalStateException("wrapped",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
        assertThatThrownBy(() -> Unavailable.database(() -> {
            throw poolTimeout;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(Problem.of(r).status()).isEqualTo(503));
    }

    @Test
    void aRefusedConnectionAndAnAdminShutdownAreOutages() {
        assertThat(Unavailable.isDatabaseDown(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
        assertThat(Unavailable.isDatabaseDown(new RuntimeException(new SQLException("terminating", "57P01")))).isTrue();
    }

    @Test
    void aPooledConnectionTheServerClosedIsAnOutage() {
        // what a statement on a pooled connection raises after pg_terminate_backend: no SQL state of its own
        RuntimeException closed = new ConnectionException("Error executing SQL: connection closed",
                new IllegalStateException("This connection has been closed."));
        assertThatThrownBy(() -> Unavailable.database(() -> {
            throw closed;
        })).isInstanceOfSatisfying(Refusal.class, r -> assertThat(Problem.of(r).status()).isEqualTo(503));
    }

    @Test
    void aUniqueViolationIsNotAnOutageButIsRecognised() {
        RuntimeException duplicate = new RuntimeException(new SQLException("duplicate key", "23505"));
        assertThat(Unavailable.isDatabaseDown(duplicate)).isFalse();
        assertThat(Unavailable.isUniqueViolation(duplicate)).isTrue();
        assertThatThrownBy(() -> Unavailable.database(() -> {
            throw duplicate;
        })).isSameAs(duplicate);
    }
}

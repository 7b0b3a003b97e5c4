package org.gridgov.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.exceptions.ConnectionException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnreachableTest {

    @Test
    void noConnectionInTimeAndSessionsEndedByTheServerAreTheDatabaseBeingAway() {
        assertThat(DatabaseUnreachable.explains(new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))).isTrue();
        assertThat(DatabaseUnreachable.explains(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnreachable.explains(new SQLException("An I/O error occurred while sending to the backend", "08006"))).isTrue();
    }

    @Test
    void aConnectionFailureWrappedByTheTransactionLayerIsFoundAmongTheCauses() {
        RuntimeException wrapped = new IllegalStateException("Could not begin the transaction",
                new SQLException("Connection is closed", "08003"));

        assertThat(DatabaseUnreachable.explains(wrapped)).isTrue();
        // the pool's stand-in for a connection it closed says so without an SQL state
        assertThat(DatabaseUnreachable.explains(new ConnectionException("Could not set JDBC Connection read-only: Connection is closed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void whatTheWorkItselfDidWrongIsNot() {
        assertThat(DatabaseUnreachable.explains(new SQLException("duplicate key value violates unique constraint", "23505"))).isFalse();
        assertThat(DatabaseUnreachable.explains(new IllegalArgumentException("no such department"))).isFalse();
        assertThat(DatabaseUnreachable.explains(null)).isFalse();
    }
}

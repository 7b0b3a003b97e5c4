package org.gridgov.dashboard.bench;

import io.micronaut.data.jdbc.runtime.ConnectionCallback;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.jdbc.runtime.PreparedStatementCallback;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** Just enough of JdbcOperations over one connection for the benchmark to drive the production queries. */
final class ConnectionJdbcOperations implements JdbcOperations {

    private final Connection connection;

    ConnectionJdbcOperations(Connection connection) {
        this.connection = connection;
    }

    @Override
    public DataSource getDataSource() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public <R> R execute(ConnectionCallback<R> callback) {
        try {
            return callback.call(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <R> R prepareStatement(String sql, PreparedStatementCallback<R> callback) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return callback.call(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T> Stream<T> entityStream(ResultSet resultSet, String prefix, Class<T> rootEntity) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> Stream<T> entityStream(ResultSet resultSet, Class<T> rootEntity) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <E> E readEntity(String prefix, ResultSet resultSet, Class<E> type) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <E, D> D readDTO(String prefix, ResultSet resultSet, Class<E> rootEntity, Class<D> dtoProperty) {
        throw new UnsupportedOperationException();
    }
}

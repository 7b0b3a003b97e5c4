package org.gridgov.intake.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Open311 API keys ({@code intake.api_key}); only hashes are stored. */
@Singleton
@Connectable
public class ApiKeyRows {

    public record ApiKeyRow(UUID id, String clientName, String keyHash, String createdBy, Instant createdAt,
            Instant revokedAt) {
    }

    private final JdbcOperations jdbc;

    public ApiKeyRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ApiKeyRow row) {
        jdbc.prepareStatement("""
                INSERT INTO intake.api_key (id, client_name, key_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?)
                """, (PreparedStatement s) -> {
            s.setObject(1, row.id());
            s.setString(2, row.clientName());
            s.setString(3, row.keyHash());
            s.setString(4, row.createdBy());
            s.setTimestamp(5, Timestamp.from(row.createdAt()));
            return s.executeUpdate();
        });
    }

    public Optional<ApiKeyRow> findByHash(String hash) {
        return query("SELECT * FROM intake.api_key WHERE key_hash = ?", hash).stream().findFirst();
    }

    public List<ApiKeyRow> all() {
        return jdbc.prepareStatement("SELECT * FROM intake.api_key ORDER BY created_at", ApiKeyRows::rows);
    }

    public boolean revoke(UUID id, Instant at) {
        return jdbc.prepareStatement("UPDATE intake.api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                (PreparedStatement s) -> {
                    s.setTimestamp(1, Timestamp.from(at));
                    s.setObject(2, id);
                    return s.executeUpdate() > 0;
                });
    }

    public Optional<ApiKeyRow> findById(UUID id) {
        return jdbc.prepareStatement("SELECT * FROM intake.api_key WHERE id = ?", (PreparedStatement s) -> {
            s.setObject(1, id);
            return rows(s).stream().findFirst();
        });
    }

    private List<ApiKeyRow> query(String sql, String parameter) {
        return jdbc.prepareStatement(sql, (PreparedStatement s) -> {
            s.setString(1, parameter);
            return rows(s);
        });
    }

    private static List<ApiKeyRow> rows(PreparedStatement s) throws java.sql.SQLException {
        List<ApiKeyRow> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new ApiKeyRow(rs.getObject("id", UUID.class), rs.getString("client_name"),
                        rs.getString("key_hash"), rs.getString("created_by"), ReportRows.instant(rs, "created_at"),
                        ReportRows.instant(rs, "revoked_at")));
            }
        }
        return rows;
    }
}

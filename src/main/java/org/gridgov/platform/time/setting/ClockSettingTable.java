package org.gridgov.platform.time.setting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;
import org.gridgov.platform.time.SettableClock;

/** {@code platform.clock_setting}: the platform clock's setting every process follows. */
@Singleton
class ClockSettingTable {

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    ClockSettingTable(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The setting every process follows; empty when the platform is on the wall clock. */
    Optional<SettableClock.Setting> read() {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT from_at, wall_at, speed FROM platform.clock_setting", statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.<SettableClock.Setting>empty();
                        }
                        return Optional.of(new SettableClock.Setting(rs.getTimestamp(1).toInstant(),
                                rs.getTimestamp(2).toInstant(), rs.getDouble(3)));
                    }
                }));
    }

    void write(SettableClock.Setting setting, String setBy) {
        transactions.executeWrite(status -> jdbc.prepareStatement("""
                INSERT INTO platform.clock_setting (singleton, from_at, wall_at, speed, set_by) VALUES (true, ?, ?, ?, ?)
                ON CONFLICT (singleton) DO UPDATE SET from_at = excluded.from_at, wall_at = excluded.wall_at,
                  speed = excluded.speed, set_by = excluded.set_by, set_at = now()""", statement -> {
                    statement.setTimestamp(1, Timestamp.from(setting.from()));
                    statement.setTimestamp(2, Timestamp.from(setting.wallAt()));
                    statement.setDouble(3, setting.speed());
                    statement.setString(4, setBy);
                    return statement.executeUpdate();
                }));
    }

    void clear() {
        transactions.executeWrite(status -> jdbc.prepareStatement("DELETE FROM platform.clock_setting",
                statement -> statement.executeUpdate()));
    }
}

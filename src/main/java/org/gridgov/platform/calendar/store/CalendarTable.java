package org.gridgov.platform.calendar.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.platform.calendar.CalendarDay;
import org.gridgov.platform.calendar.DayKind;
import org.gridgov.platform.calendar.PublicHolidays;

/** {@code platform.calendar_year}, {@code calendar_day} and {@code calendar_revision}. */
@Singleton
public class CalendarTable {

    /** One year as stored. */
    public record StoredYear(int year, String notice, List<CalendarDay> days, Instant updatedAt, String updatedBy) {
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;

    CalendarTable(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The revision every change raises; a cached calendar of the same revision is current. */
    long revision() {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT revision FROM platform.calendar_revision", statement -> {
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? rs.getLong(1) : 0L;
                    }
                }));
    }

    /** The whole table with the revision it was read at, in one transaction. */
    Snapshot read() {
        return transactions.executeRead(status -> {
            long revision = revision();
            Map<Integer, String> notices = new HashMap<>();
            jdbc.prepareStatement("SELECT year, notice FROM platform.calendar_year", statement -> {
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        notices.put(rs.getInt(1), rs.getString(2));
                    }
                }
                return null;
            });
            List<CalendarDay> days = jdbc.prepareStatement(
                    "SELECT day, kind, name FROM platform.calendar_day ORDER BY day", statement -> readDays(statement.executeQuery()));
            return new Snapshot(revision, PublicHolidays.of(days, Set.copyOf(notices.keySet()), notices));
        });
    }

    record Snapshot(long revision, PublicHolidays holidays) {
    }

    public Optional<StoredYear> find(int year) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT notice, updated_at, updated_by FROM platform.calendar_year WHERE year = ?", statement -> {
                    statement.setInt(1, year);
                    try (ResultSet rs = statement.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.<StoredYear>empty();
                        }
                        String notice = rs.getString(1);
                        Instant updatedAt = rs.getTimestamp(2).toInstant();
                        String updatedBy = rs.getString(3);
                        return Optional.of(new StoredYear(year, notice, daysOf(year), updatedAt, updatedBy));
                    }
                }));
    }

    /** Replaces one year's schedule whole and raises the revision, in one transaction. */
    public StoredYear replace(int year, String notice, List<CalendarDay> days, String by) {
        transactions.executeWrite(status -> {
            jdbc.prepareStatement("INSERT INTO platform.calendar_year (year, notice, updated_at, updated_by) "
                    + "VALUES (?, ?, now(), ?) ON CONFLICT (year) DO UPDATE SET notice = excluded.notice, "
                    + "updated_at = excluded.updated_at, updated_by = excluded.updated_by", statement -> {
                        statement.setInt(1, year);
                        statement.setString(2, notice);
                        statement.setString(3, by);
                        return statement.executeUpdate();
                    });
            jdbc.prepareStatement("DELETE FROM platform.calendar_day WHERE year = ?", statement -> {
                statement.setInt(1, year);
                return statement.executeUpdate();
            });
            insertDays(year, days);
            raiseRevision();
            return null;
        });
        return find(year).orElseThrow();
    }

    /**
     * Adds a year from the bundled file unless the table has it already (an administrator's edit
     * stands); several processes starting at once add it once. Returns whether it was added.
     */
    boolean seed(int year, String notice, List<CalendarDay> days) {
        return transactions.executeWrite(status -> {
            int added = jdbc.prepareStatement("INSERT INTO platform.calendar_year (year, notice, updated_by) "
                    + "VALUES (?, ?, 'bundled calendar') ON CONFLICT (year) DO NOTHING", statement -> {
                        statement.setInt(1, year);
                        statement.setString(2, notice);
                        return statement.executeUpdate();
                    });
            if (added == 0) {
                return false;
            }
            insertDays(year, days);
            raiseRevision();
            return true;
        });
    }

    private void insertDays(int year, List<CalendarDay> days) {
        if (days.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO platform.calendar_day (day, year, kind, name) VALUES (?, ?, ?, ?)", statement -> {
            for (CalendarDay day : days) {
                statement.setDate(1, Date.valueOf(day.date()));
                statement.setInt(2, year);
                statement.setString(3, day.kind().name().toLowerCase(Locale.ROOT));
                statement.setString(4, day.name());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    private void raiseRevision() {
        jdbc.prepareStatement("UPDATE platform.calendar_revision SET revision = revision + 1",
                statement -> statement.executeUpdate());
    }

    private List<CalendarDay> daysOf(int year) {
        return jdbc.prepareStatement("SELECT day, kind, name FROM platform.calendar_day WHERE year = ? ORDER BY day",
                statement -> {
                    statement.setInt(1, year);
                    return readDays(statement.executeQuery());
                });
    }

    private static List<CalendarDay> readDays(ResultSet rs) throws java.sql.SQLException {
        List<CalendarDay> days = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                days.add(new CalendarDay(rs.getDate(1).toLocalDate(),
                        DayKind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getString(3)));
            }
        }
        return days;
    }
}

package org.gridgov.dashboard.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridgov.dashboard.domain.Counter;
import org.gridgov.dashboard.domain.FigureDelta;

/**
 * Applies deltas to the pre-aggregated tables, one row per area level of each key, and to the grids'
 * monthly rows and the closures by unit and hours, all in the caller's transaction.
 *
 * <p>Within a transaction the deltas are summed and written once, just before it commits: a poll of
 * case events (one transaction) then writes each row once, however many of its events touch it.
 * Most of a report's figure rows are shared (the city's, the district's, the township's of the
 * day, category and department): written event by event they came to 21–22 rows per report, once
 * per poll to 9–10 (docs/BENCHMARKS.md, "Figures written once per poll"). Nothing reads these tables in the
 * transaction that moves them; a transaction that rolls back drops its sum with it.
 */
@Singleton
public class FigureTables {

    private static final String DAILY_UPSERT;

    private static final String GRID_MONTH_UPSERT;

    static {
        String columns = Arrays.stream(Counter.values()).map(Counter::column).collect(Collectors.joining(", "));
        String marks = Arrays.stream(Counter.values()).map(c -> "?").collect(Collectors.joining(", "));
        String sums = Arrays.stream(Counter.values())
                .map(c -> c.column() + " = f." + c.column() + " + EXCLUDED." + c.column())
                .collect(Collectors.joining(", "));
        DAILY_UPSERT = "INSERT INTO dashboard.figures_daily AS f (area_code, day, category, department, " + columns
                + ") VALUES (?, ?, ?, ?, " + marks + ") ON CONFLICT (area_code, day, category, department) DO UPDATE SET " + sums;
        GRID_MONTH_UPSERT = "INSERT INTO dashboard.figures_grid_month AS f (month, grid_code, department, " + columns
                + ", closed_with_deadline_in_month) VALUES (?, ?, ?, " + marks + ", ?) ON CONFLICT (month, grid_code, department)"
                + " DO UPDATE SET " + sums + ", closed_with_deadline_in_month = f.closed_with_deadline_in_month + EXCLUDED.closed_with_deadline_in_month";
    }

    private static final String CLOSE_HOURS_UPSERT = "INSERT INTO dashboard.figures_close_hours AS h (area_code, department, day, hours, n)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (area_code, department, day, hours) DO UPDATE SET n = h.n + EXCLUDED.n";

    private static final String OVERLAP_UPSERT = "INSERT INTO dashboard.figures_overlap AS o"
            + " (area_code, closed_day, deadline_day, category, department, n) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (area_code, closed_day, deadline_day, category, department) DO UPDATE SET n = o.n + EXCLUDED.n";

    private static final String CLOSE_TIME_UPSERT = "INSERT INTO dashboard.figures_close_time AS t (area_code, day, bucket, n)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (area_code, day, bucket) DO UPDATE SET n = t.n + EXCLUDED.n";

    private final Sql sql;
    private final TransactionOperations<Connection> transactions;
    /** The deltas of the transaction on this thread (by its connection), not yet written. */
    private final ThreadLocal<Pending> pending = new ThreadLocal<>();

    private record Pending(Object connection, List<FigureDelta> deltas) {
    }

    public FigureTables(Sql sql, TransactionOperations<Connection> transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    /** Adds {@code delta} to the figures when the current transaction commits (at once outside one). */
    public void apply(FigureDelta delta) {
        if (delta.isEmpty()) {
            return;
        }
        Optional<? extends TransactionStatus<?>> transaction = transactions.findTransactionStatus();
        if (transaction.isEmpty()) {
            write(List.of(delta));
            return;
        }
        Object connection = transaction.get().getConnection();
        Pending before = pending.get();
        if (before != null) {
            if (before.connection() != connection) {
                // the dashboard opens no transaction inside another; one that did would need a sum of its own
                throw new IllegalStateException("figures of two transactions at once on one thread");
            }
            before.deltas().add(delta);
            return;
        }
        pending.set(new Pending(connection, new ArrayList<>(List.of(delta))));
        transaction.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                Pending deltas = pending.get();
                pending.remove();
                if (deltas != null) {
                    write(deltas.deltas()); // an exception here rolls the transaction back
                }
            }

            @Override
            public void afterCompletion(Status status) {
                pending.remove();
            }
        });
    }

    /** Writes the deltas' sum: each row once, with what all of them add to it. */
    private void write(List<FigureDelta> deltas) {
        Rows daily = new Rows();
        Rows overlaps = new Rows();
        Rows closeTimes = new Rows();
        Rows months = new Rows();
        Rows closeHours = new Rows();
        for (FigureDelta delta : deltas) {
            add(delta, daily, overlaps, closeTimes, months, closeHours);
        }
        sql.batch(DAILY_UPSERT, daily.sorted());
        sql.batch(OVERLAP_UPSERT, overlaps.sorted());
        sql.batch(CLOSE_TIME_UPSERT, closeTimes.sorted());
        sql.batch(GRID_MONTH_UPSERT, months.sorted());
        sql.batch(CLOSE_HOURS_UPSERT, closeHours.sorted());
    }

    private static void add(FigureDelta delta, Rows daily, Rows overlaps, Rows closeTimes, Rows months, Rows closeHours) {
        delta.daily().forEach((key, counters) -> key.dimensions().areaCodes().forEach(area ->
                daily.add(counts(counters), area, key.day(), key.dimensions().category(), key.dimensions().department())));
        delta.overlaps().forEach((key, n) -> key.dimensions().areaCodes().forEach(area -> overlaps.add(new long[] {n},
                area, key.closedDay(), key.deadlineDay(), key.dimensions().category(), key.dimensions().department())));
        delta.closeTimes().forEach((key, n) -> key.areaCodes().forEach(area ->
                closeTimes.add(new long[] {n}, area, key.closedDay(), (short) key.bucket())));
        // the grids' months move with their days, in the same transaction
        delta.gridMonths().forEach((key, counts) -> {
            long[] values = Arrays.copyOf(counts(counts.counters()), Counter.values().length + 1);
            values[Counter.values().length] = counts.closedWithDeadlineInPeriod();
            months.add(values, key.month().atDay(1), key.gridCode(), key.department());
        });
        delta.closeHours().forEach((key, n) -> key.areaCodes().forEach(area ->
                closeHours.add(new long[] {n}, area, key.department(), key.closedDay(), (int) key.hours())));
    }

    private static long[] counts(Map<Counter, Long> counters) {
        long[] values = new long[Counter.values().length];
        counters.forEach((counter, value) -> values[counter.ordinal()] = value);
        return values;
    }

    /**
     * One table's rows: values summed by their key columns (several keys of a delta, and many deltas
     * of a poll, share an area's row), rows that sum to nothing left out, in one fixed order of the
     * keys so that two writers never lock the same rows in opposite orders and deadlock.
     */
    private static final class Rows {

        private final Map<List<Object>, long[]> sums = new HashMap<>();

        /** {@code values} becomes the row's if it is new: callers pass an array of their own. */
        void add(long[] values, Object... key) {
            sums.merge(Arrays.asList(key), values, (sum, more) -> {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += more[i];
                }
                return sum;
            });
        }

        /** The statement's parameters, a row each: the key columns, then the values. */
        List<Object[]> sorted() {
            record Row(String order, Object[] parameters) {
            }
            List<Row> rows = new ArrayList<>(sums.size());
            sums.forEach((key, values) -> {
                if (Arrays.stream(values).anyMatch(v -> v != 0)) {
                    Object[] parameters = Arrays.copyOf(key.toArray(), key.size() + values.length);
                    for (int i = 0; i < values.length; i++) {
                        parameters[key.size() + i] = values[i];
                    }
                    rows.add(new Row(key.stream().map(String::valueOf).collect(Collectors.joining("|")), parameters));
                }
            });
            rows.sort(Comparator.comparing(Row::order));
            return rows.stream().map(Row::parameters).toList();
        }
    }
}

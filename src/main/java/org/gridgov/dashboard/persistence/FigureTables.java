package org.gridgov.dashboard.persistence;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridgov.dashboard.domain.Counter;
import org.gridgov.dashboard.domain.DailyKey;
import org.gridgov.dashboard.domain.FigureCounts;
import org.gridgov.dashboard.domain.FigureDelta;
import org.gridgov.dashboard.domain.GridMonthKey;
import org.gridgov.dashboard.domain.OverlapKey;

/**
 * Applies deltas to the pre-aggregated tables, one row per area level of each key, and to the grids'
 * monthly rows and the closures by unit and hours, all in the caller's transaction.
 */
@Singleton
public class FigureTables {

    private static final String DAILY_UPSERT;

    private static final String GRID_MONTH_UPSERT;

    static {
        String columns = java.util.Arrays.stream(Counter.values()).map(Counter::column).collect(Collectors.joining(", "));
        String marks = java.util.Arrays.stream(Counter.values()).map(c -> "?").collect(Collectors.joining(", "));
        String sums = java.util.Arrays.stream(Counter.values())
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

    public FigureTables(Sql sql) {
        this.sql = sql;
    }

    public void apply(FigureDelta delta) {
        List<Object[]> daily = new ArrayList<>();
        delta.daily().forEach((key, counters) -> key.dimensions().areaCodes().forEach(area -> daily.add(dailyRow(area, key, counters))));
        // A fixed order of rows keeps two concurrent writers from deadlocking on the shared city rows.
        daily.sort(Comparator.comparing((Object[] r) -> (String) r[0]).thenComparing(r -> r[1].toString())
                .thenComparing(r -> (String) r[2]).thenComparing(r -> (String) r[3]));
        sql.batch(DAILY_UPSERT, daily);

        List<Object[]> overlaps = new ArrayList<>();
        delta.overlaps().forEach((key, n) -> key.dimensions().areaCodes().forEach(area -> overlaps.add(overlapRow(area, key, n))));
        overlaps.sort(Comparator.comparing((Object[] r) -> (String) r[0]).thenComparing(r -> r[1].toString())
                .thenComparing(r -> r[2].toString()).thenComparing(r -> (String) r[3]).thenComparing(r -> (String) r[4]));
        sql.batch(OVERLAP_UPSERT, overlaps);

        List<Object[]> closeTimes = new ArrayList<>();
        delta.closeTimes().forEach((key, n) -> key.areaCodes().forEach(area ->
                closeTimes.add(new Object[] {area, key.closedDay(), (short) key.bucket(), n})));
        closeTimes.sort(Comparator.comparing((Object[] r) -> (String) r[0]).thenComparing(r -> r[1].toString())
                .thenComparing(r -> (Short) r[2]));
        sql.batch(CLOSE_TIME_UPSERT, closeTimes);

        // the grids' months move with their days, in the same transaction
        List<Object[]> months = new ArrayList<>();
        delta.gridMonths().forEach((key, counts) -> months.add(gridMonthRow(key, counts)));
        months.sort(Comparator.comparing((Object[] r) -> r[0].toString()).thenComparing(r -> (String) r[1]).thenComparing(r -> (String) r[2]));
        sql.batch(GRID_MONTH_UPSERT, months);

        List<Object[]> closeHours = new ArrayList<>();
        delta.closeHours().forEach((key, n) -> key.areaCodes().forEach(area ->
                closeHours.add(new Object[] {area, key.department(), key.closedDay(), (int) key.hours(), n})));
        closeHours.sort(Comparator.comparing((Object[] r) -> (String) r[0]).thenComparing(r -> (String) r[1])
                .thenComparing(r -> r[2].toString()).thenComparing(r -> (Integer) r[3]));
        sql.batch(CLOSE_HOURS_UPSERT, closeHours);
    }

    private static Object[] gridMonthRow(GridMonthKey key, FigureCounts counts) {
        Object[] row = new Object[4 + Counter.values().length];
        row[0] = key.month().atDay(1);
        row[1] = key.gridCode();
        row[2] = key.department();
        for (Counter counter : Counter.values()) {
            row[3 + counter.ordinal()] = counts.get(counter);
        }
        row[row.length - 1] = counts.closedWithDeadlineInPeriod();
        return row;
    }

    private static Object[] dailyRow(String area, DailyKey key, Map<Counter, Long> counters) {
        Object[] row = new Object[4 + Counter.values().length];
        row[0] = area;
        row[1] = key.day();
        row[2] = key.dimensions().category();
        row[3] = key.dimensions().department();
        for (Counter counter : Counter.values()) {
            row[4 + counter.ordinal()] = counters.getOrDefault(counter, 0L);
        }
        return row;
    }

    private static Object[] overlapRow(String area, OverlapKey key, long n) {
        return new Object[] {area, key.closedDay(), key.deadlineDay(), key.dimensions().category(), key.dimensions().department(), n};
    }
}

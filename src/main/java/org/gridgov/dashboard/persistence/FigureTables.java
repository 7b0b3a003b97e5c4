package org.gridgov.dashboard.persistence;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridgov.dashboard.domain.Counter;
import org.gridgov.dashboard.domain.DailyKey;
import org.gridgov.dashboard.domain.FigureDelta;
import org.gridgov.dashboard.domain.OverlapKey;

/** Applies deltas to the pre-aggregated tables, one row per area level of each key. */
@Singleton
public class FigureTables {

    private static final String DAILY_UPSERT;

    static {
        String columns = java.util.Arrays.stream(Counter.values()).map(Counter::column).collect(Collectors.joining(", "));
        String marks = java.util.Arrays.stream(Counter.values()).map(c -> "?").collect(Collectors.joining(", "));
        String sums = java.util.Arrays.stream(Counter.values())
                .map(c -> c.column() + " = f." + c.column() + " + EXCLUDED." + c.column())
                .collect(Collectors.joining(", "));
        DAILY_UPSERT = "INSERT INTO dashboard.figures_daily AS f (area_code, day, category, department, " + columns
                + ") VALUES (?, ?, ?, ?, " + marks + ") ON CONFLICT (area_code, day, category, department) DO UPDATE SET " + sums;
    }

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

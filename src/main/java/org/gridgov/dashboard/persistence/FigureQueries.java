package org.gridgov.dashboard.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.CaseCounts;
import org.gridgov.dashboard.domain.Counter;
import org.gridgov.dashboard.domain.FigureCounts;
import org.gridgov.dashboard.domain.Grouping;
import org.gridgov.dashboard.domain.Percentile;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.dashboard.domain.Snapshot;

/**
 * Reads the pre-aggregated tables (counts) and the fact table (overdue now, p90 time to close).
 * Every query is filtered by one area row set, so a township and the city cost the same.
 */
@Singleton
public class FigureQueries {

    private static final String SUMS = java.util.Arrays.stream(Counter.values())
            .map(c -> "coalesce(sum(" + c.column() + "), 0) AS " + c.column())
            .collect(Collectors.joining(", "));

    /** The states in which a case is the department's to finish (the partial index of open cases still applies). */
    static final String IN_DEPARTMENT_HANDS = "state IN ('dispatched', 'accepted')";

    private final Sql sql;

    public FigureQueries(Sql sql) {
        this.sql = sql;
    }

    /** Counts per group key (a single key "" for {@link Grouping#NONE}), in key order. */
    public Map<String, FigureCounts> counts(AreaCode area, Period period, String department, Grouping grouping) {
        if (grouping == Grouping.GRID && period.wholeMonth().isPresent()) {
            // grid codes are 15 digits: the area's grids are a range of the key, whatever plan the statement gets
            String prefix = area.descendantPrefix();
            return gridMonths("grid_code BETWEEN ? AND ?", List.of(padded(prefix, '0'), padded(prefix, '9')), period.wholeMonth().get(), department);
        }
        return counts(Filter.of(area, department, grouping), period, grouping);
    }

    /** Counts per grid of the given grids (those of a map tile), each grid's own rows by primary key. */
    public Map<String, FigureCounts> countsOfGrids(List<String> gridCodes, Period period, String department) {
        if (period.wholeMonth().isPresent()) {
            return gridMonthsOf(gridCodes, period.wholeMonth().get(), department);
        }
        return counts(Filter.ofGrids(gridCodes, department), period, Grouping.GRID);
    }

    /**
     * The month rows of each given grid, looked up grid by grid: for the thousands of grids of a
     * low-zoom tile the planner would otherwise scan the whole month (3 times slower at 20,000 grids
     * of 200,000 in the tile benchmark).
     */
    private Map<String, FigureCounts> gridMonthsOf(List<String> gridCodes, YearMonth month, String department) {
        List<Object> params = new ArrayList<>();
        params.add(gridCodes.toArray(String[]::new));
        params.add(month.atDay(1));
        String byDepartment = andDepartment(department, params);
        Map<String, FigureCounts> result = new LinkedHashMap<>();
        sql.list("SELECT c.grid_code AS k, m.* FROM unnest(?::text[]) AS c(grid_code) CROSS JOIN LATERAL (SELECT " + SUMS
                        + ", sum(closed_with_deadline_in_month) AS overlap, count(*) AS n FROM dashboard.figures_grid_month"
                        + " WHERE month = ? AND grid_code = c.grid_code COLLATE \"C\"" + byDepartment + ") m WHERE m.n > 0",
                rs -> result.put(rs.getString("k"), monthCounts(rs)), params.toArray());
        return result;
    }

    /**
     * Counts per grid for one calendar month from the grids' monthly rows (one per grid and unit),
     * equal to summing their daily rows and overlaps over the month.
     */
    private Map<String, FigureCounts> gridMonths(String where, List<Object> whereParams, YearMonth month, String department) {
        List<Object> params = new ArrayList<>();
        params.add(month.atDay(1));
        params.addAll(whereParams);
        String byDepartment = andDepartment(department, params);
        Map<String, FigureCounts> result = new LinkedHashMap<>();
        sql.list("SELECT grid_code AS k, " + SUMS + ", sum(closed_with_deadline_in_month) AS overlap FROM dashboard.figures_grid_month"
                        + " WHERE month = ? AND " + where + byDepartment + " GROUP BY 1 ORDER BY 1",
                rs -> result.put(rs.getString("k"), monthCounts(rs)), params.toArray());
        return result;
    }

    /** The cases overdue, deferred and parked at {@code now} per grid of the given grids. */
    public Map<String, Snapshot> snapshotOfGrids(List<String> gridCodes, String department, Instant now) {
        String where = "grid_code = ANY(?)";
        List<Object> params = new ArrayList<>();
        params.add(gridCodes.toArray(String[]::new));
        where += andDepartment(department, params);
        return snapshot("grid_code", where, params, now);
    }

    private Map<String, FigureCounts> counts(Filter filter, Period period, Grouping grouping) {
        String key = switch (grouping) {
            case NONE -> "''";
            case GRID, TOWNSHIP -> "area_code";
            case CATEGORY -> "category";
            case DEPARTMENT -> "department";
            case DAY -> "day::text";
        };
        List<Object> params = new ArrayList<>(filter.params());
        params.add(period.from());
        params.add(period.to());
        Map<String, Map<Counter, Long>> daily = new LinkedHashMap<>();
        sql.list("SELECT " + key + " AS k, " + SUMS + " FROM dashboard.figures_daily WHERE " + filter.where()
                        + " AND day BETWEEN ? AND ? GROUP BY 1 ORDER BY 1",
                rs -> {
                    daily.put(rs.getString("k"), counters(rs));
                    return null;
                }, params.toArray());

        String overlapKey = grouping == Grouping.DAY ? "closed_day::text" : key;
        String sameDay = grouping == Grouping.DAY ? " AND closed_day = deadline_day" : "";
        List<Object> overlapParams = new ArrayList<>(filter.params());
        overlapParams.addAll(List.of(period.from(), period.to(), period.from(), period.to()));
        Map<String, Long> overlaps = new LinkedHashMap<>();
        sql.list("SELECT " + overlapKey + " AS k, sum(n) AS n FROM dashboard.figures_overlap WHERE " + filter.where()
                        + " AND closed_day BETWEEN ? AND ? AND deadline_day BETWEEN ? AND ?" + sameDay + " GROUP BY 1",
                rs -> overlaps.put(rs.getString("k"), rs.getLong("n")), overlapParams.toArray());

        Map<String, FigureCounts> result = new LinkedHashMap<>();
        daily.forEach((k, counters) -> result.put(k, new FigureCounts(counters, overlaps.getOrDefault(k, 0L))));
        if (grouping == Grouping.NONE && result.isEmpty()) {
            result.put("", FigureCounts.empty());
        }
        return result;
    }

    /**
     * Once-per-case counts of the period from the counted transitions (返工, 超期), per group key
     * (a single key "" for {@link Grouping#NONE}). A transition counts where the case stood when it happened.
     */
    public Map<String, CaseCounts> caseCounts(AreaCode area, Period period, String department, Grouping grouping) {
        String key = switch (grouping) {
            case GRID -> "grid_code";
            case TOWNSHIP -> "township_code";
            case CATEGORY -> "category";
            case DEPARTMENT -> "department";
            case DAY -> "day::text";
            case NONE -> "''";
        };
        FactFilter filter = FactFilter.of(area, department);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(period.from());
        params.add(period.to());
        Map<String, CaseCounts> result = new LinkedHashMap<>();
        sql.list("SELECT " + key + " AS k,"
                        + " count(DISTINCT case_id) FILTER (WHERE kind = 'REOPENED') AS reworked,"
                        + " count(DISTINCT case_id) FILTER (WHERE kind IN ('REOPENED', 'RESOLVED')) AS basis,"
                        + " count(DISTINCT case_id) FILTER (WHERE kind = 'OVERDUE') AS overdue"
                        + " FROM dashboard.case_transition WHERE " + filter.where()
                        + " AND day BETWEEN ? AND ? AND kind IN ('REOPENED', 'RESOLVED', 'OVERDUE') GROUP BY 1",
                rs -> {
                    // a case without a grid has no grid or township row (as in the daily table)
                    if (rs.getString("k") != null) {
                        result.put(rs.getString("k"), new CaseCounts(rs.getLong("reworked"), rs.getLong("basis"), rs.getLong("overdue")));
                    }
                    return null;
                }, params.toArray());
        return result;
    }

    /**
     * The cases as they stand at {@code now}, per group key (grid, category or department): in the
     * department's hands (dispatched or accepted) past their deadline, deferred (缓办) and parked
     * (挂账). A case waiting for the township's verification or closing, or for a new department after
     * a return, is not overdue against a department; nor is a paused one, whose clock stands still.
     */
    public Map<String, Snapshot> snapshot(AreaCode area, String department, Grouping grouping, Instant now) {
        String key = switch (grouping) {
            case GRID -> "grid_code";
            case TOWNSHIP -> "township_code";
            case CATEGORY -> "category";
            case DEPARTMENT -> "department";
            case NONE, DAY -> "''";
        };
        FactFilter filter = FactFilter.openCasesOf(area, department);
        return snapshot(key, filter.where(), filter.params(), now);
    }

    private Map<String, Snapshot> snapshot(String key, String where, List<Object> whereParams, Instant now) {
        List<Object> params = new ArrayList<>();
        params.add(now);
        params.addAll(whereParams);
        params.add(now);
        Map<String, Snapshot> result = new LinkedHashMap<>();
        sql.list("SELECT " + key + " AS k,"
                        + " count(*) FILTER (WHERE " + IN_DEPARTMENT_HANDS + " AND deadline < ?) AS overdue,"
                        + " count(*) FILTER (WHERE state = 'deferred') AS deferred,"
                        + " count(*) FILTER (WHERE state = 'parked') AS parked"
                        + " FROM dashboard.case_fact WHERE " + where + " AND state NOT IN ('closed', 'rejected')"
                        + " AND (state IN ('deferred', 'parked') OR (" + IN_DEPARTMENT_HANDS + " AND deadline < ?)) GROUP BY 1",
                rs -> result.put(rs.getString("k"), new Snapshot(rs.getLong("overdue"), rs.getLong("deferred"), rs.getLong("parked"))),
                params.toArray());
        return result;
    }

    /**
     * p90 of hours from report to close of the cases closed in the period: from the close-time
     * histogram (rounded down to its bucket), or for one department, which the histogram does not
     * split, exact to the hour: from its closures by hours down to a township, from the facts below.
     */
    public Double p90HoursToClose(AreaCode area, String department, Period period, Instant from, Instant to) {
        if (department == null) {
            java.util.SortedMap<Integer, Long> histogram = new java.util.TreeMap<>();
            sql.list("SELECT bucket, sum(n) AS n FROM dashboard.figures_close_time WHERE area_code = ? AND day BETWEEN ? AND ?"
                            + " GROUP BY bucket", rs -> histogram.put((int) rs.getShort("bucket"), rs.getLong("n")),
                    area.code(), period.from(), period.to());
            return org.gridgov.dashboard.domain.CloseTime.p90(histogram);
        }
        if (area.level().compareTo(AreaCode.Level.TOWNSHIP) <= 0) {
            return p90FromCloseHours(area, department, period);
        }
        return p90FromFacts(area, department, from, to);
    }

    /** One department's p90 from its closures by whole hours (city, district or township): the facts' answer without sorting them. */
    private Double p90FromCloseHours(AreaCode area, String department, Period period) {
        java.util.SortedMap<Long, Long> hours = new java.util.TreeMap<>();
        sql.list("SELECT hours, sum(n) AS n FROM dashboard.figures_close_hours WHERE area_code = ? AND department = ?"
                        + " AND day BETWEEN ? AND ? GROUP BY hours", rs -> hours.put((long) rs.getInt("hours"), rs.getLong("n")),
                area.code(), department, period.from(), period.to());
        return Percentile.nearestRank(0.9, hours);
    }

    private Double p90FromFacts(AreaCode area, String department, Instant from, Instant to) {
        FactFilter filter = FactFilter.of(area, department);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(from);
        params.add(to);
        return sql.one("SELECT floor(percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - reported_at)) / 3600.0) AS p90"
                        + " FROM dashboard.case_fact WHERE " + filter.where() + " AND closed_at >= ? AND closed_at < ?",
                rs -> Sql.nullableDouble(rs, "p90"), params.toArray());
    }

    /** A grid month's counters and its overlap (closed in the month with the deadline in it). */
    private static FigureCounts monthCounts(ResultSet rs) throws SQLException {
        return new FigureCounts(counters(rs), rs.getLong("overlap"));
    }

    /** The clause that keeps one unit's rows, its parameter added last; nothing for all units. */
    private static String andDepartment(String department, List<Object> params) {
        if (department == null) {
            return "";
        }
        params.add(department);
        return " AND department = ?";
    }

    private static String padded(String prefix, char digit) {
        return prefix + String.valueOf(digit).repeat(Math.max(0, 15 - prefix.length()));
    }

    private static Map<Counter, Long> counters(ResultSet rs) throws SQLException {
        Map<Counter, Long> counters = new EnumMap<>(Counter.class);
        for (Counter counter : Counter.values()) {
            counters.put(counter, rs.getLong(counter.column()));
        }
        return counters;
    }

    /** Which rows of the aggregate tables hold an area (or its children, when grouping by grid/township). */
    record Filter(String where, List<Object> params) {
        static Filter of(AreaCode area, String department, Grouping grouping) {
            List<Object> params = new ArrayList<>();
            StringBuilder where = new StringBuilder();
            if (grouping == Grouping.GRID || grouping == Grouping.TOWNSHIP) {
                // the same expressions as the children indexes of V500, so that they apply
                where.append("length(area_code) = ").append(grouping == Grouping.GRID ? 15 : 9);
                if (area.level().compareTo(AreaCode.Level.TOWNSHIP) >= 0) {
                    where.append(" AND substr(area_code, 1, 9) = ?");
                    params.add(area.code().substring(0, 9));
                }
                where.append(" AND area_code LIKE ?");
                params.add(area.descendantPrefix() + "%");
            } else {
                where.append("area_code = ?");
                params.add(area.code());
            }
            where.append(andDepartment(department, params));
            return new Filter(where.toString(), params);
        }

        static Filter ofGrids(List<String> gridCodes, String department) {
            List<Object> params = new ArrayList<>();
            params.add(gridCodes.toArray(String[]::new));
            String where = "area_code = ANY(?)";
            where += andDepartment(department, params);
            return new Filter(where, params);
        }
    }

    /** Which rows of the fact table lie in an area. */
    record FactFilter(String where, List<Object> params) {

        /**
         * For open cases: a grid-code prefix, which the partial index of open cases answers with a
         * range scan (the township index would walk every case the township ever had).
         */
        static FactFilter openCasesOf(AreaCode area, String department) {
            List<Object> params = new ArrayList<>();
            String where = "TRUE";
            if (area.level() != AreaCode.Level.CITY) {
                where = "grid_code LIKE ?";
                params.add(area.descendantPrefix() + "%");
            }
            where += andDepartment(department, params);
            return new FactFilter(where, params);
        }

        static FactFilter of(AreaCode area, String department) {
            List<Object> params = new ArrayList<>();
            String where = switch (area.level()) {
                case CITY -> "TRUE";
                case DISTRICT -> "district_code = ?";
                case TOWNSHIP -> "township_code = ?";
                case COMMUNITY -> "community_code = ?";
                case GRID -> "grid_code = ?";
            };
            if (area.level() != AreaCode.Level.CITY) {
                params.add(area.code());
            }
            where += andDepartment(department, params);
            return new FactFilter(where, params);
        }
    }
}

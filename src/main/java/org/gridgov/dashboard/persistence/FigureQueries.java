package org.gridgov.dashboard.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
import org.gridgov.dashboard.domain.Period;

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
        return counts(Filter.of(area, department, grouping), period, grouping);
    }

    /** Counts per grid of the given grids (those of a map tile), each grid's own rows by primary key. */
    public Map<String, FigureCounts> countsOfGrids(List<String> gridCodes, Period period, String department) {
        return counts(Filter.ofGrids(gridCodes, department), period, Grouping.GRID);
    }

    /** Open cases past their deadline at {@code now} per grid of the given grids. */
    public Map<String, Long> overdueNowOfGrids(List<String> gridCodes, String department, Instant now) {
        List<Object> params = new ArrayList<>();
        params.add(gridCodes.toArray(String[]::new));
        params.add(now);
        String byDepartment = "";
        if (department != null) {
            byDepartment = " AND department = ?";
            params.add(department);
        }
        Map<String, Long> result = new LinkedHashMap<>();
        sql.list("SELECT grid_code AS k, count(*) AS n FROM dashboard.case_fact WHERE grid_code = ANY(?)"
                        + " AND state NOT IN ('closed', 'rejected') AND deadline < ?" + byDepartment + " GROUP BY 1",
                rs -> result.put(rs.getString("k"), rs.getLong("n")), params.toArray());
        return result;
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
     * Cases in the department's hands (dispatched or accepted) past their deadline at {@code now},
     * per group key (grid, category or department). A case waiting for the township's verification
     * or closing, or for a new department after a return, is not overdue against a department.
     */
    public Map<String, Long> overdueNow(AreaCode area, String department, Grouping grouping, Instant now) {
        String key = switch (grouping) {
            case GRID -> "grid_code";
            case TOWNSHIP -> "township_code";
            case CATEGORY -> "category";
            case DEPARTMENT -> "department";
            case NONE, DAY -> "''";
        };
        FactFilter filter = FactFilter.openCasesOf(area, department);
        List<Object> params = new ArrayList<>(filter.params());
        params.add(now);
        Map<String, Long> result = new LinkedHashMap<>();
        sql.list("SELECT " + key + " AS k, count(*) AS n FROM dashboard.case_fact WHERE " + filter.where()
                        + " AND state NOT IN ('closed', 'rejected') AND " + IN_DEPARTMENT_HANDS + " AND deadline < ? GROUP BY 1",
                rs -> result.put(rs.getString("k"), rs.getLong("n")), params.toArray());
        return result;
    }

    /**
     * p90 of hours from report to close of the cases closed in the period: from the close-time
     * histogram (rounded down to its bucket), or for one department, which the histogram does not
     * split, from the facts.
     */
    public Double p90HoursToClose(AreaCode area, String department, Period period, Instant from, Instant to) {
        if (department == null) {
            java.util.SortedMap<Integer, Long> histogram = new java.util.TreeMap<>();
            sql.list("SELECT bucket, sum(n) AS n FROM dashboard.figures_close_time WHERE area_code = ? AND day BETWEEN ? AND ?"
                            + " GROUP BY bucket", rs -> histogram.put((int) rs.getShort("bucket"), rs.getLong("n")),
                    area.code(), period.from(), period.to());
            return org.gridgov.dashboard.domain.CloseTime.p90(histogram);
        }
        return p90FromFacts(area, department, from, to);
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
            if (department != null) {
                where.append(" AND department = ?");
                params.add(department);
            }
            return new Filter(where.toString(), params);
        }

        static Filter ofGrids(List<String> gridCodes, String department) {
            List<Object> params = new ArrayList<>();
            params.add(gridCodes.toArray(String[]::new));
            String where = "area_code = ANY(?)";
            if (department != null) {
                where += " AND department = ?";
                params.add(department);
            }
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
            if (department != null) {
                where += " AND department = ?";
                params.add(department);
            }
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
            if (department != null) {
                where += " AND department = ?";
                params.add(department);
            }
            return new FactFilter(where, params);
        }
    }
}

package org.gridgov.dashboard.persistence;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.CaseFact;
import org.gridgov.dashboard.domain.SquareBinning;

/** Case lists from the fact table: map markers, the overdue list, hotspots and worker activity. */
@Singleton
public class CaseQueries {

    public record HotCell(long column, long row, String category, long cases) {}

    @io.micronaut.serde.annotation.Serdeable
    public record WorkerReports(String worker, long reports, long grids) {}

    @io.micronaut.serde.annotation.Serdeable
    public record IdleGrid(String gridCode, String name, Instant lastWorkerReportAt) {}

    private final Sql sql;

    public CaseQueries(Sql sql) {
        this.sql = sql;
    }

    public List<CaseFact> reportedIn(AreaCode area, String department, Instant from, Instant to, int limit) {
        FigureQueries.FactFilter filter = FigureQueries.FactFilter.of(area, department);
        List<Object> params = new ArrayList<>(filter.params());
        params.addAll(List.of(from, to, limit));
        return sql.list("SELECT " + CaseFacts.COLUMNS + " FROM dashboard.case_fact WHERE " + filter.where()
                + " AND reported_at >= ? AND reported_at < ? ORDER BY reported_at DESC LIMIT ?", CaseFacts::map, params.toArray());
    }

    public List<CaseFact> overdue(AreaCode area, String department, Instant now, int limit) {
        FigureQueries.FactFilter filter = FigureQueries.FactFilter.openCasesOf(area, department);
        List<Object> params = new ArrayList<>(filter.params());
        params.addAll(List.of(now, limit));
        return sql.list("SELECT " + CaseFacts.COLUMNS + " FROM dashboard.case_fact WHERE " + filter.where()
                + " AND state NOT IN ('closed', 'rejected') AND " + FigureQueries.IN_DEPARTMENT_HANDS
                + " AND deadline < ? ORDER BY deadline LIMIT ?", CaseFacts::map, params.toArray());
    }

    public List<HotCell> hotspots(AreaCode area, String department, Instant from, Instant to, SquareBinning binning, String category) {
        FigureQueries.FactFilter filter = FigureQueries.FactFilter.of(area, department);
        List<Object> params = new ArrayList<>();
        params.add(binning.sizeDegrees());
        params.add(binning.sizeDegrees());
        params.addAll(filter.params());
        params.addAll(List.of(from, to));
        String categoryFilter = "";
        if (category != null) {
            categoryFilter = " AND category = ?";
            params.add(category);
        }
        return sql.list("SELECT floor(lon / ?)::bigint AS col, floor(lat / ?)::bigint AS row, category, count(*) AS n"
                        + " FROM dashboard.case_fact WHERE " + filter.where() + " AND reported_at >= ? AND reported_at < ?"
                        + " AND lat IS NOT NULL AND lon IS NOT NULL" + categoryFilter + " GROUP BY 1, 2, 3",
                rs -> new HotCell(rs.getLong("col"), rs.getLong("row"), rs.getString("category"), rs.getLong("n")), params.toArray());
    }

    public List<WorkerReports> reportsPerWorker(AreaCode area, Instant from, Instant to) {
        FigureQueries.FactFilter filter = FigureQueries.FactFilter.of(area, null);
        List<Object> params = new ArrayList<>(filter.params());
        params.addAll(List.of(from, to));
        return sql.list("SELECT reporter, count(*) AS n, count(DISTINCT grid_code) AS grids FROM dashboard.case_fact WHERE "
                        + filter.where() + " AND source = 'worker' AND reporter IS NOT NULL AND reported_at >= ? AND reported_at < ?"
                        + " GROUP BY reporter ORDER BY n DESC, reporter",
                rs -> new WorkerReports(rs.getString("reporter"), rs.getLong("n"), rs.getLong("grids")), params.toArray());
    }

    /** Live grids of the area where no worker has reported since {@code since} (patrol gaps). */
    public List<IdleGrid> gridsWithoutWorkerReportSince(AreaCode area, Instant since) {
        return sql.list("SELECT g.grid_code, g.name, r.last_report FROM dashboard.grid_outline g"
                        + " LEFT JOIN LATERAL (SELECT max(reported_at) AS last_report FROM dashboard.case_fact c"
                        + "   WHERE c.grid_code = g.grid_code AND c.source = 'worker') r ON true"
                        + " WHERE g.grid_code LIKE ? AND NOT g.retired AND (r.last_report IS NULL OR r.last_report < ?)"
                        + " ORDER BY r.last_report NULLS FIRST, g.grid_code",
                rs -> new IdleGrid(rs.getString("grid_code"), rs.getString("name"), Sql.instant(rs, "last_report")),
                area.descendantPrefix() + "%", since);
    }
}

package org.gridgov.dashboard.app;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.CaseFact;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.dashboard.domain.SquareBinning;
import org.gridgov.dashboard.persistence.CaseQueries;

/** Hotspots, worker activity, the overdue list and map markers of an area. */
@Singleton
@io.micronaut.transaction.annotation.Transactional(readOnly = true)
public class ReadActivity {

    @Serdeable
    public record Hotspot(long column, long row, double west, double south, double east, double north, long cases,
            Map<String, Long> byCategory) {}

    @Serdeable
    public record WorkerActivity(List<WorkerReports> reportsPerWorker, int idleDays, List<IdleGrid> gridsWithoutReports) {}

    /** How many reports a worker made in the period, in how many grids. */
    @Serdeable
    public record WorkerReports(String worker, long reports, long grids) {}

    /** A grid without a worker's report for the idle days, and when one last came. */
    @Serdeable
    public record IdleGrid(String gridCode, String name, Instant lastWorkerReportAt) {}

    @Serdeable
    public record CaseMarker(String caseId, String caseNumber, String state, String category, String categoryName,
            String department, String departmentName, String gridCode, Double lat, Double lon, Instant reportedAt,
            Instant deadline, Double hoursOverdue, String warning) {}

    private final CaseQueries queries;
    private final ReadFigures figures;
    private final Labels labels;
    private final Clock clock;

    public ReadActivity(CaseQueries queries, ReadFigures figures, Labels labels, Clock clock) {
        this.queries = queries;
        this.figures = figures;
        this.labels = labels;
        this.clock = clock;
    }

    /** Cells with their counts per category, densest first. */
    public List<Hotspot> hotspots(AreaCode area, String department, Period period, SquareBinning binning, String category, int limit) {
        Map<SquareBinning.Cell, Map<String, Long>> cells = new LinkedHashMap<>();
        for (CaseQueries.HotCell hot : queries.hotspots(area, department, figures.start(period), figures.end(period), binning, category)) {
            cells.computeIfAbsent(new SquareBinning.Cell(hot.column(), hot.row()), c -> new java.util.TreeMap<>())
                    .merge(hot.category(), hot.cases(), Long::sum);
        }
        List<Hotspot> result = new ArrayList<>();
        cells.forEach((cell, byCategory) -> {
            SquareBinning.Bounds b = binning.bounds(cell);
            long total = byCategory.values().stream().mapToLong(Long::longValue).sum();
            result.add(new Hotspot(cell.column(), cell.row(), b.west(), b.south(), b.east(), b.north(), total, byCategory));
        });
        result.sort(Comparator.comparingLong(Hotspot::cases).reversed()
                .thenComparingLong(Hotspot::row).thenComparingLong(Hotspot::column));
        return result.subList(0, Math.min(limit, result.size()));
    }

    public WorkerActivity workers(AreaCode area, Period period, int idleDays) {
        Instant since = clock.instant().minus(Duration.ofDays(idleDays));
        return new WorkerActivity(queries.reportsPerWorker(area, figures.start(period), figures.end(period)).stream()
                .map(w -> new WorkerReports(w.worker(), w.reports(), w.grids())).toList(), idleDays,
                queries.gridsWithoutWorkerReportSince(area, since).stream()
                        .map(g -> new IdleGrid(g.gridCode(), g.name(), g.lastWorkerReportAt())).toList());
    }

    public List<CaseMarker> overdue(AreaCode area, String department, int limit) {
        Instant now = clock.instant();
        return queries.overdue(area, department, now, limit).stream().map(f -> marker(f, now)).toList();
    }

    public List<CaseMarker> cases(AreaCode area, String department, Period period, int limit) {
        Instant now = clock.instant();
        return queries.reportedIn(area, department, figures.start(period), figures.end(period), limit).stream()
                .map(f -> marker(f, now)).toList();
    }

    private CaseMarker marker(CaseFact f, Instant now) {
        Double hoursOverdue = f.overdueAt(now) ? Duration.between(f.deadline(), now).toMinutes() / 60.0 : null;
        return new CaseMarker(f.caseId().toString(), f.caseNumber(), f.state(), f.category(), labels.category(f.category()),
                f.department(), labels.department(f.department()), f.area() == null ? null : f.area().gridCode(),
                f.lat(), f.lon(), f.reportedAt(), f.deadline(), hoursOverdue, f.warning());
    }
}

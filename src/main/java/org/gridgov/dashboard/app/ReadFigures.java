package org.gridgov.dashboard.app;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.CaseCounts;
import org.gridgov.dashboard.domain.FigureCounts;
import org.gridgov.dashboard.domain.Figures;
import org.gridgov.dashboard.domain.Grouping;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.dashboard.domain.Snapshot;
import org.gridgov.dashboard.persistence.FigureQueries;
import org.gridgov.dashboard.persistence.GridOutlines;

/** Answers "what are the figures of this area for this period", optionally broken down. */
@Singleton
@io.micronaut.transaction.annotation.Transactional(readOnly = true)
public class ReadFigures {

    private final FigureQueries queries;
    private final GridOutlines outlines;
    private final Labels labels;
    private final DashboardSettings settings;
    private final Clock clock;

    public ReadFigures(FigureQueries queries, GridOutlines outlines, Labels labels, DashboardSettings settings, Clock clock) {
        this.queries = queries;
        this.outlines = outlines;
        this.labels = labels;
        this.settings = settings;
        this.clock = clock;
    }

    public AreaFigures figures(AreaCode area, Period period, String department, Grouping grouping) {
        Instant now = clock.instant();
        FigureCounts total = queries.counts(area, period, department, Grouping.NONE).get("");
        CaseCounts totalCases = queries.caseCounts(area, period, department, Grouping.NONE).getOrDefault("", CaseCounts.NONE);
        Snapshot standing = queries.snapshot(area, department, Grouping.NONE, now).getOrDefault("", Snapshot.NONE);
        Double p90 = queries.p90HoursToClose(area, department, period, start(period), end(period));
        List<AreaFigures.Row> rows = new ArrayList<>();
        if (grouping != Grouping.NONE) {
            Map<String, Snapshot> standingByKey = grouping == Grouping.DAY ? Map.of() : queries.snapshot(area, department, grouping, now);
            Map<String, FigureCounts> counts = new java.util.TreeMap<>(queries.counts(area, period, department, grouping));
            Map<String, CaseCounts> casesByKey = queries.caseCounts(area, period, department, grouping);
            standingByKey.keySet().forEach(key -> counts.putIfAbsent(key, FigureCounts.empty()));
            casesByKey.keySet().forEach(key -> counts.putIfAbsent(key, FigureCounts.empty()));
            Map<String, String> gridNames = grouping == Grouping.GRID ? gridNames(area) : Map.of();
            counts.forEach((key, c) -> rows.add(new AreaFigures.Row(key, label(grouping, key, gridNames),
                    Figures.of(c, casesByKey.getOrDefault(key, CaseCounts.NONE), standingByKey.getOrDefault(key, Snapshot.NONE), null))));
        }
        return new AreaFigures(area.code(), labels.area(area.code()), area.level().name().toLowerCase(Locale.ROOT),
                period.from(), period.to(), department, grouping.name().toLowerCase(Locale.ROOT),
                Figures.of(total, totalCases, standing, p90), rows);
    }

    public Instant start(Period period) {
        return period.from().atStartOfDay(settings.zone()).toInstant();
    }

    public Instant end(Period period) {
        return period.to().plusDays(1).atStartOfDay(settings.zone()).toInstant();
    }

    private Map<String, String> gridNames(AreaCode area) {
        return outlines.names(area);
    }

    private String label(Grouping grouping, String key, Map<String, String> gridNames) {
        return switch (grouping) {
            case GRID -> gridNames.getOrDefault(key, key);
            case TOWNSHIP -> labels.area(key);
            case CATEGORY -> labels.category(key);
            case DEPARTMENT -> labels.department(key);
            case DAY, NONE -> key;
        };
    }
}

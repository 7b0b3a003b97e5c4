package org.gridgov.dashboard.app;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridgov.dashboard.domain.AreaCode;
import org.gridgov.dashboard.domain.CaseCounts;
import org.gridgov.dashboard.domain.FigureCounts;
import org.gridgov.dashboard.domain.Figures;
import org.gridgov.dashboard.domain.Grouping;
import org.gridgov.dashboard.domain.Metric;
import org.gridgov.dashboard.domain.Period;
import org.gridgov.dashboard.domain.Snapshot;
import org.gridgov.dashboard.domain.Ranking;

/** The monthly 排名 of departments or townships with the 红榜 / 黑榜. */
@Singleton
@io.micronaut.transaction.annotation.Transactional(readOnly = true)
public class ReadRankings {

    public static final int LIST_SIZE = 5;

    @Serdeable
    public record Entry(int rank, String code, String name, Double value, long due) {}

    @Serdeable
    public record MonthlyRanking(String month, String of, String metric, String metricLabel,
            List<Entry> ranked, List<Entry> redList, List<Entry> blackList) {}

    private final org.gridgov.dashboard.persistence.FigureQueries queries;
    private final Labels labels;
    private final DashboardSettings settings;

    public ReadRankings(org.gridgov.dashboard.persistence.FigureQueries queries, Labels labels, DashboardSettings settings) {
        this.queries = queries;
        this.labels = labels;
        this.settings = settings;
    }

    public MonthlyRanking rank(YearMonth month, Grouping of, Metric metric) {
        AreaCode city = AreaCode.parse(settings.cityCode(), settings.cityCode()).orElseThrow();
        Map<String, FigureCounts> counts = queries.counts(city, Period.month(month), null, of);
        Map<String, CaseCounts> cases = queries.caseCounts(city, Period.month(month), null, of);
        List<Ranking.Entry> entries = counts.entrySet().stream()
                .filter(e -> of != Grouping.DEPARTMENT || !e.getKey().isEmpty())
                .map(e -> {
                    Figures figures = Figures.of(e.getValue(), cases.getOrDefault(e.getKey(), CaseCounts.NONE), Snapshot.NONE, null);
                    return new Ranking.Entry(e.getKey(), figures.metric(metric), figures.due());
                })
                .toList();
        Ranking ranking = Ranking.of(entries, LIST_SIZE);
        List<Ranking.Entry> ranked = ranking.ranked();
        return new MonthlyRanking(month.toString(), of.name().toLowerCase(Locale.ROOT), metric.apiName(), metric.label(),
                view(ranked, ranked), view(ranking.redList(), ranked), view(ranking.blackList(), ranked));
    }

    private List<Entry> view(List<Ranking.Entry> entries, List<Ranking.Entry> ranked) {
        return entries.stream()
                .map(e -> new Entry(ranked.indexOf(e) + 1, e.code(),
                        e.code().length() == 9 ? labels.area(e.code()) : labels.department(e.code()), e.value(), e.basis()))
                .toList();
    }
}

package org.gridgov.registry.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.registry.domain.AnnualRanking;
import org.gridgov.registry.domain.Criterion;
import org.gridgov.registry.domain.ExpertScore;
import org.gridgov.registry.domain.Measure;
import org.gridgov.registry.domain.MeasureStanding;
import org.gridgov.registry.domain.Rubric;
import org.gridgov.registry.persistence.ExpertScoreRow;
import org.gridgov.registry.persistence.ExpertScoreRows;
import org.gridgov.registry.persistence.Measures;

/** The annual expert evaluation: each expert scores each of the year's measures once. */
@Singleton
public class EvaluateMeasures {

    private final ExpertScoreRows rows;
    private final Measures measures;
    private final Rubric rubric;
    private final AnnualRanking ranking;
    private final Clock clock;

    EvaluateMeasures(ExpertScoreRows rows, Measures measures, Rubric rubric, AnnualRanking ranking, Clock clock) {
        this.rows = rows;
        this.measures = measures;
        this.rubric = rubric;
        this.ranking = ranking;
        this.clock = clock;
    }

    @Transactional
    public ExpertScore score(int year, String panel, String expert, UUID measureId, Map<Criterion, Integer> points) {
        Measure measure = measures.find(measureId).orElseThrow(() -> RegisterMeasures.notFound(measureId));
        ExpertScore score = Refusals.apply("points", () -> ExpertScore.given(year, panel, expert, measure, points, rubric));
        if (rows.existsByYearAndExpertAndMeasureId(year, expert, measureId)) {
            throw Refusal.conflict("expert " + expert + " has already scored '" + measure.title() + "' for " + year);
        }
        Refusals.insertOnce(() -> rows.save(new ExpertScoreRow(null, year, panel, expert, measureId,
                (short) (int) points.get(Criterion.INNOVATION), (short) (int) points.get(Criterion.VOLUNTARINESS),
                (short) (int) points.get(Criterion.BENEFIT), (short) (int) points.get(Criterion.IMPORTANCE),
                (short) (int) points.get(Criterion.ECONOMY), (short) (int) points.get(Criterion.TRANSFERABILITY), clock.instant())),
                "expert " + expert + " has already scored '" + measure.title() + "' for " + year);
        return score;
    }

    @Transactional
    public List<MeasureStanding> ranking(int year) {
        return ranking.rank(rows.findByYear(year).stream().map(EvaluateMeasures::toDomain).toList());
    }

    public Rubric rubric() {
        return rubric;
    }

    private static ExpertScore toDomain(ExpertScoreRow row) {
        Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        points.put(Criterion.INNOVATION, (int) row.innovation());
        points.put(Criterion.VOLUNTARINESS, (int) row.voluntariness());
        points.put(Criterion.BENEFIT, (int) row.benefit());
        points.put(Criterion.IMPORTANCE, (int) row.importance());
        points.put(Criterion.ECONOMY, (int) row.economy());
        points.put(Criterion.TRANSFERABILITY, (int) row.transferability());
        return new ExpertScore(row.year(), row.panel(), row.expert(), row.measureId(), points);
    }
}

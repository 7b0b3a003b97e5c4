package org.gridgov.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnualEvaluationTest {

    private final Rubric rubric = Rubric.standard();
    private final Measure grid = Fixtures.selectedMeasure("网格化", true, true, "governance");
    private final Measure loans = Fixtures.selectedMeasure("快易贷", true, true, "employment");

    @Test
    void measuresAreRankedByTheExpertsTrimmedMean() {
        List<ExpertScore> scores = List.of(
                score("a", grid, 9), score("b", grid, 8), score("c", grid, 8), score("d", grid, 1),
                score("a", loans, 10), score("b", loans, 7), score("c", loans, 7), score("d", loans, 7));
        List<MeasureStanding> standings = new AnnualRanking(rubric).rank(scores);
        // grid: drop 90 and 10 → 80; loans: drop 100 and 70 → 70
        assertThat(standings).extracting(MeasureStanding::measureId).containsExactly(grid.id(), loans.id());
        assertThat(standings.get(0).trimmedMean()).isEqualTo(80.0);
        assertThat(standings.get(0).experts()).isEqualTo(4);
        assertThat(standings.get(0).criterionMeans().get(Criterion.INNOVATION)).isEqualTo(6.5);
    }

    @Test
    void anOutlyingExpertCannotCarryAMeasure() {
        List<ExpertScore> scores = List.of(
                score("a", grid, 10), score("b", grid, 6), score("c", grid, 6),
                score("a", loans, 7), score("b", loans, 7), score("c", loans, 7));
        List<MeasureStanding> standings = new AnnualRanking(rubric).rank(scores);
        assertThat(standings.get(0).measureId()).isEqualTo(loans.id());
    }

    @Test
    void aTieOnTrimmedMeanIsExplained() {
        List<ExpertScore> scores = List.of(
                score("a", grid, 8), score("b", grid, 8), score("c", grid, 10),
                score("a", loans, 8), score("b", loans, 8), score("c", loans, 8));
        List<MeasureStanding> standings = new AnnualRanking(rubric).rank(scores);
        assertThat(standings.get(0).measureId()).isEqualTo(grid.id());
        assertThat(standings.get(0).tie()).startsWith("tied on trimmed mean 80.0: ahead of").contains("mean 86.67 vs 80.0");
    }

    @Test
    void aYearsEvaluationCoversOnlyThatYearsMeasures() {
        assertThatThrownBy(() -> ExpertScore.given(2017, "panel", "a", grid, Fixtures.allPoints(5), rubric))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("selected in 2018H1");
    }

    private ExpertScore score(String expert, Measure measure, int points) {
        return ExpertScore.given(2018, "综合组", expert, measure, Fixtures.allPoints(points), rubric);
    }
}

package org.gridgov.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MutualEvaluationTest {

    private final Rubric rubric = Rubric.standard();

    @Test
    void aUnitCannotScoreItsOwnNomination() {
        Nomination byZhangdian = Fixtures.nominationBy("370303");
        assertThatThrownBy(() -> PeerScore.given(byZhangdian, "370303", Fixtures.allPoints(10), rubric))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("cannot score its own nomination");
    }

    @Test
    void aUnitCannotScoreItsOwnNominationByWritingItsCodeInAnotherCase() {
        Nomination byTaskGroup = Fixtures.nominationBy("tg-health");
        assertThatThrownBy(() -> PeerScore.given(byTaskGroup, "TG-HEALTH", Fixtures.allPoints(10), rubric))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void anotherUnitScoresItOnTheRubric() {
        PeerScore score = PeerScore.given(Fixtures.nominationBy("370303"), "370305", Fixtures.allPoints(8), rubric);
        assertThat(score.total(rubric)).isEqualTo(80.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void everyCriterionMustBeScored() {
        assertThatThrownBy(() -> PeerScore.given(Fixtures.nominationBy("370303"), "370305", Map.of(Criterion.INNOVATION, 9), rubric))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not scored");
    }

    @Test
    void pointsAboveTenAreRefused() {
        assertThatThrownBy(() -> PeerScore.given(Fixtures.nominationBy("370303"), "370305", Fixtures.allPoints(11), rubric))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHighestAndTheLowestScoreAreDroppedBeforeAveraging() {
        assertThat(TrimmedMean.of(List.of(10.0, 70.0, 80.0, 90.0, 100.0)).orElseThrow()).isEqualTo(80.0);
    }

    @Test
    void withTwoScoresNothingIsTrimmed() {
        assertThat(TrimmedMean.of(List.of(60.0, 80.0)).orElseThrow()).isEqualTo(70.0);
        assertThat(TrimmedMean.of(List.of())).isEmpty();
    }

    @Test
    void rubricWeightsMustAddUpToOne() {
        Map<Criterion, Double> weights = new java.util.EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion, 0.2);
        }
        assertThatThrownBy(() -> new Rubric(weights)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.gridgov.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthlyRankingTest {

    private static final YearMonth MARCH = YearMonth.of(2018, 3);
    private static final YearMonth APRIL = YearMonth.of(2018, 4);
    private final MonthlyRanking ranking = new MonthlyRanking(SupervisionScoring.standard());

    @Test
    void theScoreIsProgressLessDeductionsForNotices() {
        MonthlySupervision month = new MonthlySupervision("370303", APRIL, 10, 9,
                Map.of(NoticeKind.PROMPT, 1, NoticeKind.ORDER, 1));
        assertThat(SupervisionScoring.standard().score(month)).isEqualTo(81.0);
    }

    @Test
    void districtsAreOrderedByScoreWithTheirMovementSinceLastMonth() {
        List<MonthlySupervision> march = List.of(month("370303", MARCH, 10, 5), month("370305", MARCH, 10, 9));
        List<MonthlySupervision> april = List.of(month("370303", APRIL, 10, 10), month("370305", APRIL, 10, 8),
                month("370321", APRIL, 10, 1));
        List<DistrictStanding> standings = ranking.rank(april, march);
        assertThat(standings).extracting(DistrictStanding::district).containsExactly("370303", "370305", "370321");
        assertThat(standings).extracting(DistrictStanding::movement).containsExactly(1, -1, null);
        assertThat(standings).extracting(DistrictStanding::tie).containsOnlyNulls();
    }

    @Test
    void aTieOnScoreGoesToTheHigherProgressAndSaysSo() {
        // 8/10 with two prompts = 78; 9/10 with one assignment and 4 prompts... keep it simple: 10/10 with a 责令书 + 14 points
        MonthlySupervision steady = new MonthlySupervision("370302", APRIL, 10, 8, Map.of(NoticeKind.PROMPT, 2));
        MonthlySupervision pushed = new MonthlySupervision("370304", APRIL, 10, 10, Map.of(NoticeKind.ORDER, 2, NoticeKind.URGING, 1, NoticeKind.ASSIGNMENT, 1));
        List<DistrictStanding> standings = ranking.rank(List.of(steady, pushed), List.of());
        assertThat(standings).extracting(DistrictStanding::score).containsExactly(78.0, 78.0);
        assertThat(standings.get(0).district()).isEqualTo("370304");
        assertThat(standings).extracting(DistrictStanding::rank).containsExactly(1, 2);
        assertThat(standings.get(0).tie()).isEqualTo("tied on score 78.0: ahead of 370302 (progress 100.0% vs 80.0%)");
        assertThat(standings.get(1).tie()).isEqualTo("tied on score 78.0: behind 370304 (progress 80.0% vs 100.0%)");
    }

    @Test
    void districtsEqualOnEveryTieBreakShareARank() {
        List<DistrictStanding> standings = ranking.rank(List.of(
                month("370302", APRIL, 10, 9), month("370304", APRIL, 10, 7), month("370305", APRIL, 10, 7), month("370306", APRIL, 10, 5)),
                List.of());
        assertThat(standings).extracting(DistrictStanding::rank).containsExactly(1, 2, 2, 4);
        assertThat(standings.get(1).tie()).contains("shares the rank with 370305 (equal score, progress and notices)");
    }

    private static MonthlySupervision month(String district, YearMonth month, int tasks, int done) {
        return new MonthlySupervision(district, month, tasks, done, Map.of());
    }
}

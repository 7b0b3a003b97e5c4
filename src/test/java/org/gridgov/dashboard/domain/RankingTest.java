package org.gridgov.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void theBestFiveAreRedAndTheWorstFiveBlackWorstFirst() {
        List<Ranking.Entry> entries = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            entries.add(new Ranking.Entry("T" + (100 + i), i / 12.0, 12));
        }
        entries.add(new Ranking.Entry("T200", null, 0));

        Ranking ranking = Ranking.of(entries, 5);

        assertThat(ranking.redList()).extracting(Ranking.Entry::code).containsExactly("T112", "T111", "T110", "T109", "T108");
        assertThat(ranking.blackList()).extracting(Ranking.Entry::code).containsExactly("T101", "T102", "T103", "T104", "T105");
        assertThat(ranking.ranked()).last().extracting(Ranking.Entry::code).isEqualTo("T200");
    }

    @Test
    void withFewUnitsNoUnitIsOnBothLists() {
        Ranking ranking = Ranking.of(List.of(
                new Ranking.Entry("CGJ", 0.9, 10), new Ranking.Entry("ZJJ", 0.5, 10), new Ranking.Entry("JTJ", 0.7, 10)), 5);

        assertThat(ranking.redList()).extracting(Ranking.Entry::code).containsExactly("CGJ", "JTJ");
        assertThat(ranking.blackList()).extracting(Ranking.Entry::code).containsExactly("ZJJ");
    }

    @Test
    void tiesAreBrokenByCodeSoTheListIsStable() {
        Ranking ranking = Ranking.of(List.of(new Ranking.Entry("B", 0.5, 2), new Ranking.Entry("A", 0.5, 2)), 5);

        assertThat(ranking.ranked()).extracting(Ranking.Entry::code).containsExactly("A", "B");
    }
}

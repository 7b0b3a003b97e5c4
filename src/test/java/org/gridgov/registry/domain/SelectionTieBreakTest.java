package org.gridgov.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SelectionTieBreakTest {

    private final SelectionPolicy policy = SelectionPolicy.standard();

    @Test
    void peerScoresWeighSeventyPercentAndVotesThirty() {
        Candidate peersLikeIt = Fixtures.candidate(90, 10);
        Candidate publicLikesIt = Fixtures.candidate(70, 100);
        List<RankedNomination> ranking = policy.rank(List.of(peersLikeIt, publicLikesIt));
        // 0.7 × 90 + 0.3 × 10 = 66 against 0.7 × 70 + 0.3 × 100 = 79
        assertThat(ranking.get(0).nominationId()).isEqualTo(publicLikesIt.nomination().id());
        assertThat(ranking.get(0).composite()).isEqualTo(79.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ranking.get(0).aheadBecause()).isEqualTo("higher composite score");
    }

    @Test
    void aTieOnCompositeScoreGoesToTheHigherPeerScore() {
        // 0.7 × 80 + 0.3 × 50 = 71 and 0.7 × 65 + 0.3 × 85 = 71
        Candidate a = Fixtures.candidate(65, 85);
        Candidate b = Fixtures.candidate(80, 50);
        Candidate top = Fixtures.candidate(0, 100);
        List<RankedNomination> ranking = policy.rank(List.of(a, b, top));
        RankedNomination first = ranking.stream().filter(r -> r.nominationId().equals(b.nomination().id())).findFirst().orElseThrow();
        RankedNomination second = ranking.stream().filter(r -> r.nominationId().equals(a.nomination().id())).findFirst().orElseThrow();
        assertThat(first.rank()).isLessThan(second.rank());
        assertThat(first.aheadBecause()).isEqualTo("tie on composite score; higher peer score");
    }

    @Test
    void aFullTieOnScoresGoesToTheEarlierNomination() {
        Candidate late = new Candidate(Fixtures.nominationBy("370302", Instant.parse("2018-03-02T00:00:00Z")), OptionalDouble.of(80), 5);
        Candidate early = new Candidate(Fixtures.nominationBy("370305", Instant.parse("2018-03-01T00:00:00Z")), OptionalDouble.of(80), 5);
        List<RankedNomination> ranking = policy.rank(List.of(late, early));
        assertThat(ranking.get(0).nominationId()).isEqualTo(early.nomination().id());
        assertThat(ranking.get(0).aheadBecause()).contains("nominated earlier");
    }

    @Test
    void aNominationWithoutPeerScoresCountsZeroForThem() {
        Candidate unscored = new Candidate(Fixtures.nominationBy("370302"), OptionalDouble.empty(), 10);
        Candidate scored = Fixtures.candidate(50, 10);
        assertThat(policy.rank(List.of(unscored, scored)).get(0).nominationId()).isEqualTo(scored.nomination().id());
    }
}

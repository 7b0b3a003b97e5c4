package org.gridgov.registry.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublicVotingTest {

    private final VotingPolicy policy = new VotingPolicy(3);
    private final Round voting = Round.open(Fixtures.ROUND, 10)
            .advanceTo(Stage.MUTUAL_EVALUATION, List.of())
            .advanceTo(Stage.PUBLIC_VOTING, List.of());

    @Test
    void aFirstVoteIsTaken() {
        assertThatCode(() -> policy.check(voting, UUID.randomUUID(), Set.of())).doesNotThrowAnyException();
    }

    @Test
    void aSecondVoteForTheSameNominationIsRefused() {
        UUID nomination = UUID.randomUUID();
        assertThatThrownBy(() -> policy.check(voting, nomination, Set.of(nomination)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already voted");
    }

    @Test
    void aVoterCannotPickMoreThanTheLimit() {
        Set<UUID> three = Set.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        assertThatThrownBy(() -> policy.check(voting, UUID.randomUUID(), three))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("at most 3");
    }

    @Test
    void votesAreTakenOnlyDuringPublicVoting() {
        Round nominating = Round.open(Fixtures.ROUND, 10);
        assertThatThrownBy(() -> policy.check(nominating, UUID.randomUUID(), Set.of()))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("not public-voting");
    }

    @Test
    void aVoterIsKnownOnlyByASha256Hash() {
        assertThat(VotingPolicy.isVoterHash("a".repeat(64))).isTrue();
        assertThat(VotingPolicy.isVoterHash("13800138000")).isFalse();
    }
}

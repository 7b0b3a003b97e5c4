package org.gridgov.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoundStagesTest {

    private final List<RankedNomination> twelve = Fixtures.rankingOf(12);
    private final Set<UUID> nominationsOfRound = new HashSet<>(twelve.stream().map(RankedNomination::nominationId).toList());

    @Test
    void aNewRoundStartsWithNominating() {
        assertThat(Round.open(Fixtures.ROUND, 10).stage()).isEqualTo(Stage.NOMINATING);
    }

    @Test
    void aRoundRunsThroughEveryStageInOrder() {
        Round round = Round.open(Fixtures.ROUND, 10);
        List<Stage> visited = new java.util.ArrayList<>(List.of(round.stage()));
        while (!round.stage().isLast()) {
            if (round.stage().isConsultation()) {
                round = round.consulted(List.of(new BodyComment("市委改革办", "agreed")), round.list(), nominationsOfRound, Instant.EPOCH);
            }
            round = round.advanceTo(round.stage().next(), twelve);
            visited.add(round.stage());
        }
        assertThat(visited).containsExactly(Stage.values());
        assertThat(round.list()).hasSize(10);
    }

    @Test
    void skippingAStageIsRefused() {
        Round round = Round.open(Fixtures.ROUND, 10);
        assertThatThrownBy(() -> round.advanceTo(Stage.PUBLIC_VOTING, twelve))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("cannot skip from nominating to public-voting");
    }

    @Test
    void goingBackIsRefused() {
        Round round = Round.open(Fixtures.ROUND, 10).advanceTo(Stage.MUTUAL_EVALUATION, twelve);
        assertThatThrownBy(() -> round.advanceTo(Stage.NOMINATING, twelve))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("cannot go back");
    }

    @Test
    void stayingAtTheSameStageIsRefused() {
        Round round = Round.open(Fixtures.ROUND, 10);
        assertThatThrownBy(() -> round.advanceTo(Stage.NOMINATING, twelve)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void leavingPublicVotingDrawsTheTopOfTheRankingAsTheDraftList() {
        Round round = atPublicVoting().advanceTo(Stage.CONSULTATION_1_UP, twelve);
        assertThat(round.list()).containsExactlyElementsOf(
                twelve.subList(0, 10).stream().map(RankedNomination::nominationId).toList());
    }

    @Test
    void aRoundWithFewerNominationsThanItsQuotaCannotDrawItsList() {
        assertThatThrownBy(() -> atPublicVoting().advanceTo(Stage.CONSULTATION_1_UP, Fixtures.rankingOf(9)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("needs at least 10");
    }

    @Test
    void aConsultationStageCannotBeLeftBeforeItsConsultationIsRecorded() {
        Round round = atPublicVoting().advanceTo(Stage.CONSULTATION_1_UP, twelve);
        assertThatThrownBy(() -> round.advanceTo(Stage.CONSULTATION_1_DOWN, twelve))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("record the consultation");
    }

    @Test
    void aConsultationRecordsTheListBeforeAndAfter() {
        Round draft = atPublicVoting().advanceTo(Stage.CONSULTATION_1_UP, twelve);
        List<UUID> revised = new java.util.ArrayList<>(draft.list());
        revised.set(9, twelve.get(11).nominationId());
        Round consulted = draft.consulted(List.of(new BodyComment("省委改革办", "swap the last one")), revised, nominationsOfRound, Instant.EPOCH);
        ConsultationStep step = consulted.consultationAt(Stage.CONSULTATION_1_UP).orElseThrow();
        assertThat(step.listBefore()).isEqualTo(draft.list());
        assertThat(step.listAfter()).isEqualTo(revised);
        assertThat(consulted.list()).isEqualTo(revised);
    }

    @Test
    void aRevisedListNamingANominationOfAnotherRoundIsRefused() {
        Round draft = atPublicVoting().advanceTo(Stage.CONSULTATION_1_UP, twelve);
        List<UUID> revised = new java.util.ArrayList<>(draft.list());
        revised.set(0, UUID.randomUUID());
        assertThatThrownBy(() -> draft.consulted(List.of(new BodyComment("市直部门", "x")), revised, nominationsOfRound, Instant.EPOCH))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("not part of round");
    }

    @Test
    void aConsultationIsRecordedOnlyOncePerStage() {
        Round once = atPublicVoting().advanceTo(Stage.CONSULTATION_1_UP, twelve)
                .consulted(List.of(new BodyComment("区县", "ok")), List.of(), nominationsOfRound, Instant.EPOCH);
        assertThatThrownBy(() -> once.consulted(List.of(new BodyComment("区县", "again")), List.of(), nominationsOfRound, Instant.EPOCH))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already recorded");
    }

    @Test
    void theFinalListMustHoldExactlyTheQuota() {
        Round round = atPublicVoting().advanceTo(Stage.CONSULTATION_1_UP, twelve);
        for (Stage stage : List.of(Stage.CONSULTATION_1_DOWN, Stage.CONSULTATION_2_UP)) {
            round = round.consulted(List.of(new BodyComment("市委改革办", "ok")), round.list(), nominationsOfRound, Instant.EPOCH)
                    .advanceTo(stage, twelve);
        }
        Round shortened = round.consulted(List.of(new BodyComment("市委", "drop one")), round.list().subList(0, 9), nominationsOfRound, Instant.EPOCH);
        assertThatThrownBy(() -> shortened.advanceTo(Stage.FINAL, twelve))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("exactly 10");
    }

    @Test
    void nothingFollowsPublished() {
        assertThatThrownBy(Stage.PUBLISHED::next).isInstanceOf(RuleViolation.class);
    }

    private Round atPublicVoting() {
        return Round.open(Fixtures.ROUND, 10)
                .advanceTo(Stage.MUTUAL_EVALUATION, twelve)
                .advanceTo(Stage.PUBLIC_VOTING, twelve);
    }
}

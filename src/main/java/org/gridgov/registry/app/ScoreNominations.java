package org.gridgov.registry.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.registry.domain.Criterion;
import org.gridgov.registry.domain.HalfYear;
import org.gridgov.registry.domain.Nomination;
import org.gridgov.registry.domain.PeerScore;
import org.gridgov.registry.domain.Round;
import org.gridgov.registry.domain.Rubric;
import org.gridgov.registry.domain.Stage;
import org.gridgov.registry.persistence.PeerScoreRow;
import org.gridgov.registry.persistence.PeerScoreRows;
import org.gridgov.registry.persistence.Rounds;

/** Mutual evaluation (互评): a district or department scores another unit's nomination, once. */
@Singleton
public class ScoreNominations {

    private final Rounds rounds;
    private final PeerScoreRows scores;
    private final Rubric rubric;
    private final Clock clock;

    ScoreNominations(Rounds rounds, PeerScoreRows scores, Rubric rubric, Clock clock) {
        this.rounds = rounds;
        this.scores = scores;
        this.rubric = rubric;
        this.clock = clock;
    }

    @Transactional
    public PeerScore score(HalfYear code, UUID nominationId, String evaluator, Map<Criterion, Integer> points) {
        Round round = rounds.share(code).orElseThrow(() -> RunRounds.roundNotFound(code));
        Nomination nomination = rounds.nomination(nominationId)
                .filter(found -> found.round().equals(code))
                .orElseThrow(() -> Refusal.notFound("no nomination " + nominationId + " in round " + code));
        PeerScore score = Refusals.apply("points", () -> {
            round.requireStage(Stage.MUTUAL_EVALUATION, "score nominations");
            return PeerScore.given(nomination, evaluator, points, rubric);
        });
        if (scores.existsByNominationIdAndEvaluator(nominationId, evaluator)) {
            throw Refusal.conflict("unit " + evaluator + " has already scored this nomination");
        }
        Refusals.insertOnce(() -> scores.save(new PeerScoreRow(null, nominationId, evaluator,
                (short) (int) points.get(Criterion.INNOVATION), (short) (int) points.get(Criterion.VOLUNTARINESS),
                (short) (int) points.get(Criterion.BENEFIT), (short) (int) points.get(Criterion.IMPORTANCE),
                (short) (int) points.get(Criterion.ECONOMY), (short) (int) points.get(Criterion.TRANSFERABILITY), clock.instant())),
                "unit " + evaluator + " has already scored this nomination");
        return score;
    }
}

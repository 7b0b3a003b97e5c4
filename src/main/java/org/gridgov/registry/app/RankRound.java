package org.gridgov.registry.app;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.registry.domain.Candidate;
import org.gridgov.registry.domain.Criterion;
import org.gridgov.registry.domain.HalfYear;
import org.gridgov.registry.domain.Nomination;
import org.gridgov.registry.domain.RankedNomination;
import org.gridgov.registry.domain.Rubric;
import org.gridgov.registry.domain.SelectionPolicy;
import org.gridgov.registry.domain.TrimmedMean;
import org.gridgov.registry.persistence.PeerScoreRow;
import org.gridgov.registry.persistence.PeerScoreRows;
import org.gridgov.registry.persistence.Rounds;
import org.gridgov.registry.persistence.VoteRows;
import org.gridgov.registry.persistence.VoteTally;

/** The round's current ranking: peer scores (trimmed) and public votes, through the selection policy. */
@Singleton
class RankRound {

    private final Rounds rounds;
    private final PeerScoreRows peerScores;
    private final VoteRows votes;
    private final Rubric rubric;
    private final SelectionPolicy selection;

    RankRound(Rounds rounds, PeerScoreRows peerScores, VoteRows votes, Rubric rubric, SelectionPolicy selection) {
        this.rounds = rounds;
        this.peerScores = peerScores;
        this.votes = votes;
        this.rubric = rubric;
        this.selection = selection;
    }

    List<RankedNomination> ranking(HalfYear code) {
        List<Nomination> nominations = rounds.nominationsOf(code);
        Map<UUID, List<Double>> totals = totalsByNomination(nominations);
        Map<UUID, Long> tally = new HashMap<>();
        for (VoteTally row : votes.tally(code.toString())) {
            tally.put(row.nominationId(), row.votes());
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Nomination nomination : nominations) {
            candidates.add(new Candidate(nomination, TrimmedMean.of(totals.getOrDefault(nomination.id(), List.of())),
                    tally.getOrDefault(nomination.id(), 0L)));
        }
        return selection.rank(candidates);
    }

    Map<UUID, Integer> peerScoreCounts(HalfYear code) {
        Map<UUID, Integer> counts = new HashMap<>();
        totalsByNomination(rounds.nominationsOf(code)).forEach((id, list) -> counts.put(id, list.size()));
        return counts;
    }

    private Map<UUID, List<Double>> totalsByNomination(List<Nomination> nominations) {
        Map<UUID, List<Double>> totals = new HashMap<>();
        if (nominations.isEmpty()) {
            return totals;
        }
        for (PeerScoreRow row : peerScores.findByNominationIdIn(nominations.stream().map(Nomination::id).toList())) {
            totals.computeIfAbsent(row.nominationId(), id -> new ArrayList<>()).add(rubric.total(points(row)));
        }
        return totals;
    }

    static Map<Criterion, Integer> points(PeerScoreRow row) {
        Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        points.put(Criterion.INNOVATION, (int) row.innovation());
        points.put(Criterion.VOLUNTARINESS, (int) row.voluntariness());
        points.put(Criterion.BENEFIT, (int) row.benefit());
        points.put(Criterion.IMPORTANCE, (int) row.importance());
        points.put(Criterion.ECONOMY, (int) row.economy());
        points.put(Criterion.TRANSFERABILITY, (int) row.transferability());
        return points;
    }
}

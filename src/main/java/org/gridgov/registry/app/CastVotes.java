package org.gridgov.registry.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.registry.domain.HalfYear;
import org.gridgov.registry.domain.Round;
import org.gridgov.registry.domain.VotingPolicy;
import org.gridgov.registry.persistence.Rounds;
import org.gridgov.registry.persistence.VoteRow;
import org.gridgov.registry.persistence.VoteRows;
import org.gridgov.registry.persistence.VoteTally;

/** Public voting: takes a voter's pick, and tells anyone the totals (never who voted). */
@Singleton
public class CastVotes {

    private final Rounds rounds;
    private final VoteRows votes;
    private final VotingPolicy policy;
    private final Clock clock;

    CastVotes(Rounds rounds, VoteRows votes, VotingPolicy policy, Clock clock) {
        this.rounds = rounds;
        this.votes = votes;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * @param voterKey the voter as {@link VerifyVoters#voterOf} found them from their credential
     * @return the nomination's vote total after this vote
     */
    @Transactional
    public long vote(HalfYear code, UUID nominationId, String voterKey) {
        Round round = rounds.share(code).orElseThrow(() -> RunRounds.roundNotFound(code));
        rounds.nomination(nominationId)
                .filter(found -> found.round().equals(code))
                .orElseThrow(() -> Refusal.notFound("no nomination " + nominationId + " in round " + code));
        votes.lockVoter(code.toString(), voterKey);
        var picked = new HashSet<>(votes.picksOf(code.toString(), voterKey));
        Refusals.check("nominationId", () -> policy.check(round, nominationId, picked));
        Refusals.insertOnce(() -> votes.save(new VoteRow(null, code.toString(), nominationId, voterKey, clock.instant())),
                "this voter has already voted for this nomination in round " + code);
        return totals(code).getOrDefault(nominationId, 0L);
    }

    @Transactional
    public Map<UUID, Long> totals(HalfYear code) {
        if (!rounds.exists(code)) {
            throw RunRounds.roundNotFound(code);
        }
        return votes.tally(code.toString()).stream().collect(Collectors.toMap(VoteTally::nominationId, VoteTally::votes));
    }

    public int picksPerVoter() {
        return policy.picksPerVoter();
    }
}

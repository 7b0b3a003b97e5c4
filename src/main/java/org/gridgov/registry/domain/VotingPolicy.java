package org.gridgov.registry.domain;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Public voting: a voter is known only by the hash of a verified phone number or ID (computed by
 * the verification gateway, so the register never sees either), may vote once per nomination per
 * round and pick at most {@code picksPerVoter} nominations in a round.
 */
public record VotingPolicy(int picksPerVoter) {

    private static final Pattern VOTER_HASH = Pattern.compile("^[0-9a-f]{64}$");

    public VotingPolicy {
        if (picksPerVoter < 1) {
            throw new IllegalArgumentException("a voter must be allowed at least one pick");
        }
    }

    public static boolean isVoterHash(String text) {
        return text != null && VOTER_HASH.matcher(text).matches();
    }

    /**
     * @param alreadyPicked the nominations this voter has already voted for in this round
     */
    public void check(Round round, UUID nominationId, Set<UUID> alreadyPicked) {
        round.requireStage(Stage.PUBLIC_VOTING, "vote");
        if (alreadyPicked.contains(nominationId)) {
            throw new RuleViolation("this voter has already voted for this nomination in round " + round.code());
        }
        if (alreadyPicked.size() >= picksPerVoter) {
            throw new RuleViolation("a voter may pick at most " + picksPerVoter + " nominations in a round");
        }
    }
}

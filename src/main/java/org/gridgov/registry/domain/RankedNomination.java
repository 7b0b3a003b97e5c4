package org.gridgov.registry.domain;

import java.util.UUID;

/**
 * A place in a round's ranking. {@code aheadBecause} names the rule that put this nomination
 * ahead of the next one, so every tie that a tie-break settled can be read off the list.
 */
public record RankedNomination(
        int rank,
        UUID nominationId,
        UUID measureId,
        double peerScore,
        long votes,
        double composite,
        String aheadBecause) {
}

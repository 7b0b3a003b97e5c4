package org.gridgov.registry.domain;

import java.util.OptionalDouble;

/** A nomination with what the round has learnt about it: its peer score and its public votes. */
public record Candidate(Nomination nomination, OptionalDouble peerScore, long votes) {
}

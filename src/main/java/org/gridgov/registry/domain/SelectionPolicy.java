package org.gridgov.registry.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks a round's nominations for the draft list.
 *
 * <p>Composite score (0–100) = {@code peerWeight} × the trimmed mean of the peer scores +
 * (1 − {@code peerWeight}) × the public votes as a share of the most-voted nomination's votes.
 * Peers know the work, so they weigh more by default (0.7); the public's voice is the rest.
 *
 * <p>Ties are broken, in this order: (1) the higher peer score; (2) more public votes; (3) the
 * earlier nomination (the unit that came forward first); (4) the nomination id, a fixed, if
 * arbitrary, last resort so that the same data always gives the same list.
 */
public record SelectionPolicy(double peerWeight) {

    private static final double SAME = 1e-9;

    public SelectionPolicy {
        if (peerWeight < 0 || peerWeight > 1) {
            throw new IllegalArgumentException("peer weight is between 0 and 1");
        }
    }

    public static SelectionPolicy standard() {
        return new SelectionPolicy(0.7);
    }

    public List<RankedNomination> rank(List<Candidate> candidates) {
        long mostVotes = candidates.stream().mapToLong(Candidate::votes).max().orElse(0);
        List<Scored> scored = candidates.stream().map(candidate -> score(candidate, mostVotes)).sorted(ORDER).toList();
        List<RankedNomination> ranking = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored here = scored.get(i);
            String because = i + 1 < scored.size() ? reasonAhead(here, scored.get(i + 1)) : "last place";
            ranking.add(new RankedNomination(i + 1, here.candidate.nomination().id(), here.candidate.nomination().measureId(),
                    here.peer, here.candidate.votes(), here.composite, because));
        }
        return ranking;
    }

    private Scored score(Candidate candidate, long mostVotes) {
        double peer = candidate.peerScore().orElse(0);
        double voteShare = mostVotes == 0 ? 0 : 100.0 * candidate.votes() / mostVotes;
        return new Scored(candidate, peer, peerWeight * peer + (1 - peerWeight) * voteShare);
    }

    private static String reasonAhead(Scored a, Scored b) {
        if (differ(a.composite, b.composite)) {
            return "higher composite score";
        }
        if (differ(a.peer, b.peer)) {
            return "tie on composite score; higher peer score";
        }
        if (a.candidate.votes() != b.candidate.votes()) {
            return "tie on composite and peer score; more public votes";
        }
        if (!a.candidate.nomination().nominatedAt().equals(b.candidate.nomination().nominatedAt())) {
            return "tie on composite, peer score and votes; nominated earlier";
        }
        return "full tie; settled by nomination id";
    }

    private static boolean differ(double x, double y) {
        return Math.abs(x - y) > SAME;
    }

    private record Scored(Candidate candidate, double peer, double composite) {
    }

    private static final Comparator<Scored> ORDER = Comparator
            .comparing((Scored s) -> round(s.composite), Comparator.reverseOrder())
            .thenComparing((Scored s) -> round(s.peer), Comparator.reverseOrder())
            .thenComparing((Scored s) -> s.candidate.votes(), Comparator.reverseOrder())
            .thenComparing((Scored s) -> s.candidate.nomination().nominatedAt())
            .thenComparing((Scored s) -> s.candidate.nomination().id());

    /** Floating-point noise must not break a tie that the rules say is a tie. */
    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}

package org.gridgov.registry.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

/** Small builders so that tests read as the rules they check. */
final class Fixtures {

    static final HalfYear ROUND = HalfYear.parse("2018H1");
    static final Instant MORNING = Instant.parse("2018-03-01T08:00:00Z");

    private Fixtures() {
    }

    static Nomination nominationBy(String unit) {
        return nominationBy(unit, MORNING);
    }

    static Nomination nominationBy(String unit, Instant at) {
        return new Nomination(UUID.randomUUID(), ROUND, UUID.randomUUID(), unit, NominatorKind.DISTRICT, "works in 3 townships", at);
    }

    static Map<Criterion, Integer> allPoints(int points) {
        Map<Criterion, Integer> map = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            map.put(criterion, points);
        }
        return map;
    }

    static Candidate candidate(double peerScore, long votes) {
        return new Candidate(nominationBy("370303"), OptionalDouble.of(peerScore), votes);
    }

    static List<RankedNomination> rankingOf(int nominations) {
        List<Candidate> candidates = new java.util.ArrayList<>();
        for (int i = 0; i < nominations; i++) {
            candidates.add(candidate(50 + i, i));
        }
        return SelectionPolicy.standard().rank(candidates);
    }

    static Measure selectedMeasure(String title, boolean informatized, boolean institutional, String... domains) {
        return Measure.candidate(UUID.randomUUID(), title, "", Set.of(domains), "淄博市改革办", "370303", informatized, institutional)
                .selectedIn(ROUND);
    }
}

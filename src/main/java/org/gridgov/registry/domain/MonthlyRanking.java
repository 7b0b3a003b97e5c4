package org.gridgov.registry.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The published monthly ranking (排名) of districts by supervision score, with the movement since
 * the month before. Equal scores are settled by (1) the higher progress on the ledger, then
 * (2) fewer notices of the most severe kind (责令书, then 催办单, 交办单, 提示单); districts still
 * equal share a rank (1, 2, 2, 4). Every district whose score another shares says how its tie was
 * settled.
 */
public final class MonthlyRanking {

    private final SupervisionScoring scoring;

    public MonthlyRanking(SupervisionScoring scoring) {
        this.scoring = scoring;
    }

    public List<DistrictStanding> rank(List<MonthlySupervision> month, List<MonthlySupervision> previousMonth) {
        Map<String, Integer> before = new HashMap<>();
        for (DistrictStanding standing : standings(previousMonth, Map.of())) {
            before.put(standing.district(), standing.rank());
        }
        return standings(month, before);
    }

    private List<DistrictStanding> standings(List<MonthlySupervision> month, Map<String, Integer> before) {
        Comparator<MonthlySupervision> order = Comparator
                .comparing((MonthlySupervision m) -> scoring.score(m), Comparator.reverseOrder())
                .thenComparing(MonthlySupervision::progress, Comparator.reverseOrder())
                .thenComparing(m -> m.notices(NoticeKind.ORDER))
                .thenComparing(m -> m.notices(NoticeKind.URGING))
                .thenComparing(m -> m.notices(NoticeKind.ASSIGNMENT))
                .thenComparing(m -> m.notices(NoticeKind.PROMPT));
        List<MonthlySupervision> sorted = month.stream().sorted(order.thenComparing(MonthlySupervision::district)).toList();
        List<DistrictStanding> standings = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            MonthlySupervision here = sorted.get(i);
            if (i == 0 || order.compare(sorted.get(i - 1), here) != 0) {
                rank = i + 1;
            }
            Integer previous = before.get(here.district());
            standings.add(new DistrictStanding(rank, here.district(), scoring.score(here), here.progress(), here,
                    previous, previous == null ? null : previous - rank, tieNote(here, sorted, order)));
        }
        return standings;
    }

    private String tieNote(MonthlySupervision here, List<MonthlySupervision> sorted, Comparator<MonthlySupervision> order) {
        double score = scoring.score(here);
        List<String> notes = new ArrayList<>();
        for (MonthlySupervision other : sorted) {
            if (other == here || scoring.score(other) != score) {
                continue;
            }
            int comparison = order.compare(here, other);
            String place = comparison < 0 ? "ahead of " : comparison > 0 ? "behind " : "shares the rank with ";
            notes.add(place + other.district() + " (" + settledBy(here, other) + ")");
        }
        return notes.isEmpty() ? null : "tied on score " + score + ": " + String.join("; ", notes);
    }

    private static String settledBy(MonthlySupervision a, MonthlySupervision b) {
        if (a.progress() != b.progress()) {
            return "progress " + percent(a.progress()) + " vs " + percent(b.progress());
        }
        for (NoticeKind kind : List.of(NoticeKind.ORDER, NoticeKind.URGING, NoticeKind.ASSIGNMENT, NoticeKind.PROMPT)) {
            if (!Objects.equals(a.notices(kind), b.notices(kind))) {
                return "equal progress; " + kind.label() + " " + a.notices(kind) + " vs " + b.notices(kind);
            }
        }
        return "equal score, progress and notices";
    }

    private static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + "%";
    }
}

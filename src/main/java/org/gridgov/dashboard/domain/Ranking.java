package org.gridgov.dashboard.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Units (departments or townships) ordered by a rate, best first, with the monthly 红榜 (the best
 * {@code listSize}) and 黑榜 (the worst {@code listSize}, worst first). Units without a value (nothing
 * was due) are ranked after all others and put on neither list. With fewer than two full lists of
 * units, the better half is red and the worse half black, so no unit is on both. Ties fall back to
 * the code so that the lists stay stable from one refresh to the next.
 */
public record Ranking(List<Entry> ranked, List<Entry> redList, List<Entry> blackList) {

    public record Entry(String code, Double value, long basis) {}

    public static Ranking of(List<Entry> entries, int listSize) {
        Comparator<Entry> best = Comparator.comparing(Entry::value, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Entry::code);
        List<Entry> ranked = entries.stream().sorted(best).toList();
        List<Entry> valued = ranked.stream().filter(e -> e.value() != null).toList();
        int blackSize = Math.min(listSize, valued.size() / 2);
        int redSize = Math.min(listSize, valued.size() - blackSize);
        List<Entry> worstFirst = new ArrayList<>(valued);
        Collections.reverse(worstFirst);
        return new Ranking(ranked, List.copyOf(valued.subList(0, redSize)), List.copyOf(worstFirst.subList(0, blackSize)));
    }
}

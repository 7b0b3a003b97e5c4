package org.gridgov.registry.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A site's live figures: per metric, the latest reading (the most recently measured one; readings
 * may arrive out of order) and the history in the order they were measured.
 */
public final class KpiBoard {

    private KpiBoard() {
    }

    public record Series(KpiReading latest, List<KpiReading> history) {
    }

    public static Map<String, Series> of(List<KpiReading> readings) {
        Map<String, List<KpiReading>> byMetric = new TreeMap<>();
        for (KpiReading reading : readings) {
            byMetric.computeIfAbsent(reading.metric(), metric -> new ArrayList<>()).add(reading);
        }
        Map<String, Series> board = new TreeMap<>();
        byMetric.forEach((metric, list) -> {
            List<KpiReading> history = list.stream().sorted(Comparator.comparing(KpiReading::measuredAt)).toList();
            board.put(metric, new Series(history.get(history.size() - 1), history));
        });
        return board;
    }
}

package org.gridgov.registry.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ranks a year's measures by the experts' trimmed mean (the highest and the lowest total dropped).
 * Equal trimmed means are settled by (1) the higher plain mean, then (2) the higher mean on
 * innovation (创新程度), the criterion the selection exists for; measures still equal share a rank.
 */
public final class AnnualRanking {

    private final Rubric rubric;

    public AnnualRanking(Rubric rubric) {
        this.rubric = rubric;
    }

    public List<MeasureStanding> rank(List<ExpertScore> scores) {
        Map<UUID, List<ExpertScore>> byMeasure = new LinkedHashMap<>();
        for (ExpertScore score : scores) {
            byMeasure.computeIfAbsent(score.measureId(), id -> new ArrayList<>()).add(score);
        }
        List<Unranked> unranked = byMeasure.entrySet().stream().map(entry -> summarise(entry.getKey(), entry.getValue())).toList();
        Comparator<Unranked> order = Comparator
                .comparing((Unranked u) -> rounded(u.trimmedMean), Comparator.reverseOrder())
                .thenComparing((Unranked u) -> rounded(u.mean), Comparator.reverseOrder())
                .thenComparing((Unranked u) -> rounded(u.criterionMeans.get(Criterion.INNOVATION)), Comparator.reverseOrder());
        List<Unranked> sorted = unranked.stream().sorted(order.thenComparing(u -> u.measureId)).toList();
        List<MeasureStanding> standings = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Unranked here = sorted.get(i);
            if (i == 0 || order.compare(sorted.get(i - 1), here) != 0) {
                rank = i + 1;
            }
            standings.add(new MeasureStanding(rank, here.measureId, rounded(here.trimmedMean), rounded(here.mean),
                    here.experts, here.criterionMeans, tieNote(here, sorted, order)));
        }
        return standings;
    }

    private Unranked summarise(UUID measureId, List<ExpertScore> scores) {
        List<Double> totals = scores.stream().map(score -> rubric.total(score.points())).toList();
        Map<Criterion, Double> criterionMeans = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            criterionMeans.put(criterion, rounded(scores.stream().mapToInt(s -> s.points().get(criterion)).average().orElse(0)));
        }
        double mean = totals.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new Unranked(measureId, TrimmedMean.of(totals).orElse(0), mean, scores.size(), criterionMeans);
    }

    private static String tieNote(Unranked here, List<Unranked> sorted, Comparator<Unranked> order) {
        List<String> notes = new ArrayList<>();
        for (Unranked other : sorted) {
            if (other == here || rounded(other.trimmedMean) != rounded(here.trimmedMean)) {
                continue;
            }
            int comparison = order.compare(here, other);
            String place = comparison < 0 ? "ahead of " : comparison > 0 ? "behind " : "shares the rank with ";
            String by = rounded(here.mean) != rounded(other.mean) ? "mean " + rounded(here.mean) + " vs " + rounded(other.mean)
                    : rounded(here.criterionMeans.get(Criterion.INNOVATION)) != rounded(other.criterionMeans.get(Criterion.INNOVATION))
                            ? "innovation " + here.criterionMeans.get(Criterion.INNOVATION) + " vs " + other.criterionMeans.get(Criterion.INNOVATION)
                            : "equal on every tie-break";
            notes.add(place + other.measureId + " (" + by + ")");
        }
        return notes.isEmpty() ? null : "tied on trimmed mean " + rounded(here.trimmedMean) + ": " + String.join("; ", notes);
    }

    private static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private record Unranked(UUID measureId, double trimmedMean, double mean, int experts, Map<Criterion, Double> criterionMeans) {
    }
}

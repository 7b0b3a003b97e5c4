package org.gridgov.registry.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One expert's points, on the six criteria, for one measure in a year's evaluation. */
public record ExpertScore(int year, String panel, String expert, UUID measureId, Map<Criterion, Integer> points) {

    public ExpertScore {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(expert, "expert");
        Objects.requireNonNull(measureId, "measureId");
        points = Map.copyOf(new EnumMap<>(points));
    }

    /**
     * The year's panel scores last year's measures: the evaluation of {@code year} covers the
     * measures selected by the two rounds of that year.
     */
    public static ExpertScore given(int year, String panel, String expert, Measure measure, Map<Criterion, Integer> points, Rubric rubric) {
        if (measure.originRound() == null || measure.originRound().year() != year) {
            throw new RuleViolation("the " + year + " evaluation covers measures selected in " + year + "; '"
                    + measure.title() + "' was " + (measure.originRound() == null ? "never selected" : "selected in " + measure.originRound()));
        }
        rubric.total(points);
        return new ExpertScore(year, panel, expert, measure.id(), points);
    }
}

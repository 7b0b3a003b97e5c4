package org.gridgov.registry.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A reform measure (改革举措) in the city's register: what it is, who leads it, whether it is driven
 * by informatization and/or is an institutional innovation, the round that selected it, and the
 * districts that have adopted it. {@code demoAssumptions} names the facts (fields) of a seeded
 * measure that its source does not state and the demo data assumed.
 */
public record Measure(
        UUID id,
        String title,
        String summary,
        Set<String> domains,
        String leadUnit,
        String district,
        boolean informatizationDriven,
        boolean institutionalInnovation,
        HalfYear originRound,
        MeasureStatus status,
        List<Adoption> adoptions,
        List<String> demoAssumptions) {

    /** A measure whose every fact comes from its source. */
    public Measure(UUID id, String title, String summary, Set<String> domains, String leadUnit, String district,
            boolean informatizationDriven, boolean institutionalInnovation, HalfYear originRound, MeasureStatus status,
            List<Adoption> adoptions) {
        this(id, title, summary, domains, leadUnit, district, informatizationDriven, institutionalInnovation, originRound, status,
                adoptions, List.of());
    }

    public Measure {
        Objects.requireNonNull(id, "id");
        requireText(title, "title");
        requireText(leadUnit, "leadUnit");
        requireText(district, "district");
        Objects.requireNonNull(status, "status");
        if (domains == null || domains.isEmpty()) {
            throw new IllegalArgumentException("a measure belongs to at least one domain");
        }
        domains = Set.copyOf(new TreeSet<>(domains));
        summary = summary == null ? "" : summary;
        adoptions = adoptions == null ? List.of() : List.copyOf(adoptions);
        demoAssumptions = demoAssumptions == null ? List.of() : List.copyOf(demoAssumptions);
        if (status.isLive() && originRound == null) {
            throw new IllegalArgumentException("a " + status.code() + " measure needs the round that selected it");
        }
    }

    /** A new candidate: not yet selected by any round. */
    public static Measure candidate(UUID id, String title, String summary, Set<String> domains, String leadUnit,
            String district, boolean informatizationDriven, boolean institutionalInnovation) {
        return new Measure(id, title, summary, domains, leadUnit, district, informatizationDriven,
                institutionalInnovation, null, MeasureStatus.NOMINATED, List.of());
    }

    /** A round selected it; it counts as cultivated even once retired. */
    public boolean wasSelected() {
        return originRound != null;
    }

    /** Either of the two qualities the city counts (信息化驱动 or 制度创新). */
    public boolean isInformatizedOrInstitutional() {
        return informatizationDriven || institutionalInnovation;
    }

    /** The final list of {@code round} carries this measure. */
    public Measure selectedIn(HalfYear round) {
        if (status != MeasureStatus.NOMINATED) {
            throw new RuleViolation("measure '" + title + "' is already " + status.code()
                    + (originRound == null ? "" : " (round " + originRound + ")"));
        }
        return new Measure(id, title, summary, domains, leadUnit, district, informatizationDriven,
                institutionalInnovation, round, MeasureStatus.SELECTED, adoptions, demoAssumptions);
    }

    /** Promotion and retirement; selection only happens through a round's final list. */
    public Measure movedTo(MeasureStatus next) {
        if (next == MeasureStatus.SELECTED) {
            throw new RuleViolation("a measure is selected only by the final list of a round");
        }
        if (!status.mayBecome(next)) {
            throw new RuleViolation("measure status cannot go from " + status.code() + " to " + next.code());
        }
        return new Measure(id, title, summary, domains, leadUnit, district, informatizationDriven,
                institutionalInnovation, originRound, next, adoptions, demoAssumptions);
    }

    /** A district takes the measure up; only a selected measure is promoted to other districts. */
    public Measure adoptedBy(String adoptingDistrict, LocalDate on) {
        if (!status.isLive()) {
            throw new RuleViolation("only a selected, not retired measure can be adopted; this one is " + status.code());
        }
        if (adoptions.stream().anyMatch(adoption -> adoption.district().equals(adoptingDistrict))) {
            throw new RuleViolation("district " + adoptingDistrict + " has already adopted '" + title + "'");
        }
        List<Adoption> more = new ArrayList<>(adoptions);
        more.add(new Adoption(adoptingDistrict, on));
        more.sort(Comparator.comparing(Adoption::adoptedOn).thenComparing(Adoption::district));
        return new Measure(id, title, summary, domains, leadUnit, district, informatizationDriven,
                institutionalInnovation, originRound, status, more, demoAssumptions);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
    }
}

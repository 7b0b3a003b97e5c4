package org.gridgov.registry.persistence;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gridgov.registry.domain.Adoption;
import org.gridgov.registry.domain.HalfYear;
import org.gridgov.registry.domain.Measure;
import org.gridgov.registry.domain.MeasureStatus;

/** The register of measures: rows in, domain {@link Measure}s out. */
@Singleton
public class Measures {

    private final MeasureRows rows;
    private final AdoptionRows adoptions;

    Measures(MeasureRows rows, AdoptionRows adoptions) {
        this.rows = rows;
        this.adoptions = adoptions;
    }

    public Optional<Measure> find(UUID id) {
        return rows.findById(id).map(row -> toDomain(row, adoptions.findByMeasureId(row.id())));
    }

    /** For a command: the row stays locked until the transaction ends. */
    public Optional<Measure> lock(UUID id) {
        return rows.lockById(id).map(row -> toDomain(row, adoptions.findByMeasureId(row.id())));
    }

    public Optional<Measure> byTitle(String title) {
        return rows.findByTitle(title).map(row -> toDomain(row, adoptions.findByMeasureId(row.id())));
    }

    public List<Measure> all() {
        return withAdoptions(rows.findAllOrderByTitle());
    }

    public List<Measure> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : withAdoptions(rows.findByIdIn(List.copyOf(ids)));
    }

    public boolean titleTaken(String title) {
        return rows.findByTitle(title).isPresent();
    }

    public void insert(Measure measure, Instant createdAt) {
        rows.save(toRow(measure, createdAt));
        measure.adoptions().forEach(adoption -> adoptions.save(new AdoptionRow(null, measure.id(), adoption.district(), adoption.adoptedOn())));
    }

    /** Writes the new status and origin round, and any adoption not stored yet. */
    public void update(Measure measure) {
        MeasureRow stored = rows.findById(measure.id()).orElseThrow();
        rows.update(toRow(measure, stored.createdAt()));
        Set<String> known = adoptions.findByMeasureId(measure.id()).stream().map(AdoptionRow::district).collect(Collectors.toSet());
        measure.adoptions().stream()
                .filter(adoption -> !known.contains(adoption.district()))
                .forEach(adoption -> adoptions.save(new AdoptionRow(null, measure.id(), adoption.district(), adoption.adoptedOn())));
    }

    private List<Measure> withAdoptions(List<MeasureRow> measureRows) {
        Map<UUID, List<AdoptionRow>> byMeasure = new HashMap<>();
        if (!measureRows.isEmpty()) {
            adoptions.findByMeasureIdIn(measureRows.stream().map(MeasureRow::id).toList())
                    .forEach(row -> byMeasure.computeIfAbsent(row.measureId(), id -> new java.util.ArrayList<>()).add(row));
        }
        return measureRows.stream().map(row -> toDomain(row, byMeasure.getOrDefault(row.id(), List.of()))).toList();
    }

    private static Measure toDomain(MeasureRow row, List<AdoptionRow> adoptionRows) {
        List<Adoption> adopted = adoptionRows.stream()
                .map(adoption -> new Adoption(adoption.district(), adoption.adoptedOn()))
                .sorted(java.util.Comparator.comparing(Adoption::adoptedOn).thenComparing(Adoption::district))
                .toList();
        return new Measure(row.id(), row.title(), row.summary(), new HashSet<>(Arrays.asList(row.domains())), row.leadUnit(),
                row.district(), row.informatizationDriven(), row.institutionalInnovation(),
                row.originRound() == null ? null : HalfYear.parse(row.originRound()), MeasureStatus.fromCode(row.status()), adopted,
                row.demoAssumptions() == null ? List.of() : Arrays.asList(row.demoAssumptions()));
    }

    private static MeasureRow toRow(Measure measure, Instant createdAt) {
        return new MeasureRow(measure.id(), measure.title(), measure.summary(), measure.domains().stream().sorted().toArray(String[]::new),
                measure.leadUnit(), measure.district(), measure.informatizationDriven(), measure.institutionalInnovation(),
                measure.originRound() == null ? null : measure.originRound().toString(), measure.status().code(), createdAt,
                measure.demoAssumptions().toArray(String[]::new));
    }
}

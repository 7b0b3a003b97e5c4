package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gridgov.registry.app.Districts;
import org.gridgov.registry.domain.Measure;

@Serdeable
public record MeasureView(
        UUID id,
        String title,
        String summary,
        List<String> domains,
        String leadUnit,
        String district,
        String districtName,
        boolean informatizationDriven,
        boolean institutionalInnovation,
        String originRound,
        String status,
        List<AdoptionView> adoptions,
        List<String> demoAssumptions) {

    @Serdeable
    public record AdoptionView(String district, String districtName, LocalDate adoptedOn) {
    }

    static MeasureView of(Measure measure, Districts districts) {
        return new MeasureView(measure.id(), measure.title(), measure.summary(), measure.domains().stream().sorted().toList(),
                measure.leadUnit(), measure.district(), districts.name(measure.district()), measure.informatizationDriven(),
                measure.institutionalInnovation(), measure.originRound() == null ? null : measure.originRound().toString(),
                measure.status().code(),
                measure.adoptions().stream()
                        .map(adoption -> new AdoptionView(adoption.district(), districts.name(adoption.district()), adoption.adoptedOn()))
                        .toList(),
                measure.demoAssumptions());
    }
}

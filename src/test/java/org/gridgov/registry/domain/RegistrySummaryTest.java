package org.gridgov.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegistrySummaryTest {

    @Test
    void theSummaryCountsSelectedMeasuresByTheirQualities() {
        RegistrySummary summary = RegistrySummary.of(List.of(
                Fixtures.selectedMeasure("both", true, true, "governance"),
                Fixtures.selectedMeasure("informatized", true, false, "health", "elderly-care"),
                Fixtures.selectedMeasure("institutional", false, true, "environment"),
                Fixtures.selectedMeasure("neither", false, false, "health")));
        assertThat(summary.total()).isEqualTo(4);
        assertThat(summary.informatizationDriven()).isEqualTo(2);
        assertThat(summary.institutional()).isEqualTo(2);
        assertThat(summary.either()).isEqualTo(3);
        assertThat(summary.shareEither()).hasToString("75.0");
        assertThat(summary.perDomain()).containsEntry("health", 2).containsEntry("elderly-care", 1);
    }

    @Test
    void theShareIsRoundedToOneDecimal() {
        List<Measure> measures = new java.util.ArrayList<>();
        for (int i = 0; i < 15; i++) {
            measures.add(Fixtures.selectedMeasure("m" + i, i < 14, false, "economy"));
        }
        assertThat(RegistrySummary.of(measures).shareEither()).hasToString("93.3");
    }

    @Test
    void aCandidateNeverSelectedIsNotCounted() {
        Measure candidate = Measure.candidate(UUID.randomUUID(), "new", "", Set.of("economy"), "x", "370303", true, true);
        assertThat(RegistrySummary.of(List.of(candidate)).total()).isZero();
    }

    @Test
    void adoptionsAreCountedPerDistrict() {
        Measure measure = Fixtures.selectedMeasure("grid", true, true, "governance")
                .adoptedBy("370305", LocalDate.parse("2017-01-01"));
        Measure other = Fixtures.selectedMeasure("loans", true, true, "employment")
                .adoptedBy("370305", LocalDate.parse("2017-02-01")).adoptedBy("370302", LocalDate.parse("2017-02-01"));
        assertThat(RegistrySummary.of(List.of(measure, other)).adoptionsPerDistrict())
                .containsEntry("370305", 2).containsEntry("370302", 1);
    }
}

package org.gridgov.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeasureLifecycleTest {

    private final Measure candidate = Measure.candidate(UUID.randomUUID(), "三位一体网格化管理", "", Set.of("governance"),
            "沣水镇", "370303", true, true);

    @Test
    void aCandidateIsSelectedByARoundAndRemembersIt() {
        Measure selected = candidate.selectedIn(HalfYear.parse("2016H1"));
        assertThat(selected.status()).isEqualTo(MeasureStatus.SELECTED);
        assertThat(selected.originRound()).hasToString("2016H1");
    }

    @Test
    void aMeasureIsNotSelectedTwice() {
        Measure selected = candidate.selectedIn(HalfYear.parse("2016H1"));
        assertThatThrownBy(() -> selected.selectedIn(HalfYear.parse("2016H2"))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void selectionCannotBeSetByHand() {
        assertThatThrownBy(() -> candidate.movedTo(MeasureStatus.SELECTED))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("final list");
    }

    @Test
    void aSelectedMeasureIsPromotedStepByStep() {
        Measure selected = candidate.selectedIn(HalfYear.parse("2016H1"));
        assertThat(selected.movedTo(MeasureStatus.PROMOTING).movedTo(MeasureStatus.PROMOTED).status()).isEqualTo(MeasureStatus.PROMOTED);
        assertThatThrownBy(() -> selected.movedTo(MeasureStatus.PROMOTED)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aRetiredMeasureStaysRetired() {
        Measure retired = candidate.movedTo(MeasureStatus.RETIRED);
        assertThatThrownBy(() -> retired.movedTo(MeasureStatus.PROMOTING)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void districtsAdoptASelectedMeasureOnceEach() {
        Measure adopted = candidate.selectedIn(HalfYear.parse("2016H1"))
                .adoptedBy("370305", LocalDate.parse("2017-03-01"))
                .adoptedBy("370302", LocalDate.parse("2017-01-01"));
        assertThat(adopted.adoptions()).extracting(Adoption::district).containsExactly("370302", "370305");
        assertThatThrownBy(() -> adopted.adoptedBy("370305", LocalDate.parse("2018-01-01")))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("already adopted");
    }

    @Test
    void aCandidateIsNotAdoptedBeforeItIsSelected() {
        assertThatThrownBy(() -> candidate.adoptedBy("370305", LocalDate.parse("2017-03-01"))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void halfYearsAreWrittenLike2018H1() {
        assertThat(HalfYear.parse("2018H2")).isEqualTo(new HalfYear(2018, 2));
        assertThat(HalfYear.parse("2016H2").isWithin(HalfYear.parse("2016H1"), HalfYear.parse("2018H2"))).isTrue();
        assertThatThrownBy(() -> HalfYear.parse("2018-1")).isInstanceOf(IllegalArgumentException.class);
    }
}

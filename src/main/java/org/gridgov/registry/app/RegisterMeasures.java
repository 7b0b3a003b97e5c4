package org.gridgov.registry.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.registry.domain.Measure;
import org.gridgov.registry.domain.MeasureStatus;
import org.gridgov.registry.persistence.Measures;

/** Records measures, moves them along their promotion, and notes the districts that adopt them. */
@Singleton
public class RegisterMeasures {

    private final Measures measures;
    private final Districts districts;
    private final Clock clock;

    RegisterMeasures(Measures measures, Districts districts, Clock clock) {
        this.measures = measures;
        this.districts = districts;
        this.clock = clock;
    }

    @Transactional
    public Measure register(MeasureDraft draft) {
        districts.requireDistrictOrCity("district", draft.district());
        if (measures.titleTaken(draft.title())) {
            throw Refusal.conflict("a measure titled '" + draft.title() + "' is already registered");
        }
        Measure measure = Refusals.apply("measure", () -> Measure.candidate(UUID.randomUUID(), draft.title(), draft.summary(),
                draft.domains(), draft.leadUnit(), draft.district(), draft.informatizationDriven(), draft.institutionalInnovation()));
        Refusals.insertOnce(() -> measures.insert(measure, clock.instant()),
                "a measure titled '" + draft.title() + "' is already registered");
        return measure;
    }

    @Transactional
    public Measure changeStatus(UUID id, MeasureStatus next) {
        Measure measure = measures.lock(id).orElseThrow(() -> notFound(id));
        Measure moved = Refusals.apply("status", () -> measure.movedTo(next));
        measures.update(moved);
        return moved;
    }

    @Transactional
    public Measure adopt(UUID id, String district, LocalDate adoptedOn) {
        districts.requireDistrict("district", district);
        if (adoptedOn.isAfter(LocalDate.now(clock))) {
            throw Refusal.invalid("adoptedOn", "an adoption is recorded once it has happened, not for " + adoptedOn);
        }
        Measure measure = measures.lock(id).orElseThrow(() -> notFound(id));
        Measure adopted = Refusals.apply("district", () -> measure.adoptedBy(district, adoptedOn));
        measures.update(adopted);
        return adopted;
    }

    @Transactional
    public Measure find(UUID id) {
        return measures.find(id).orElseThrow(() -> notFound(id));
    }

    @Transactional
    public List<Measure> all() {
        return measures.all();
    }

    static RuntimeException notFound(UUID id) {
        return Refusal.notFound("no measure " + id);
    }
}

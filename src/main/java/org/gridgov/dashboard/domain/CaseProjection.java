package org.gridgov.dashboard.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How one transition moves the read model: the case's new fact, the change of its footprint, and
 * for a counted transition (return, reopening) the one count it adds. The caller applies the
 * transition count only the first time it stores that (case, version, kind), so a redelivered
 * event never counts twice even without the inbox.
 */
public record CaseProjection(ZoneId zone, String cityCode) {

    public record Step(CaseFact next, boolean factChanged, FigureDelta factDelta, FigureDelta transitionDelta) {}

    public Step step(CaseFact previous, CaseTransition transition) {
        CaseFact next = CaseFact.after(previous, transition);
        boolean changed = next != previous;
        FigureDelta factDelta = changed
                ? FigureDelta.between(Footprint.of(previous, zone, cityCode), Footprint.of(next, zone, cityCode))
                : FigureDelta.between(Footprint.none(), Footprint.none());
        FigureDelta transitionDelta = FigureDelta.between(Footprint.none(), Footprint.none());
        if (transition.kind().counted()) {
            LocalDate day = transition.occurredAt().atZone(zone).toLocalDate();
            Dimensions dims = Dimensions.of(transition.area(), transition.category(), transition.chargedDepartment(), cityCode);
            transitionDelta = FigureDelta.ofTransition(new DailyKey(day, dims), transition.kind().counter());
        }
        return new Step(next, changed, factDelta, transitionDelta);
    }
}

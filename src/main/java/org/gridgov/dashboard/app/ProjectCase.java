package org.gridgov.dashboard.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.gridgov.dashboard.domain.CaseFact;
import org.gridgov.dashboard.domain.CaseProjection;
import org.gridgov.dashboard.domain.CaseTransition;
import org.gridgov.dashboard.persistence.CaseFacts;
import org.gridgov.dashboard.persistence.CaseTransitions;
import org.gridgov.dashboard.persistence.FigureTables;

/** Moves the read model by one case transition: fact, daily figures and counted transitions together. */
@Singleton
public class ProjectCase {

    private final CaseFacts facts;
    private final CaseTransitions transitions;
    private final FigureTables figures;
    private final CaseProjection projection;

    public ProjectCase(CaseFacts facts, CaseTransitions transitions, FigureTables figures, DashboardSettings settings) {
        this.facts = facts;
        this.transitions = transitions;
        this.figures = figures;
        this.projection = settings.projection();
    }

    @Transactional
    public void project(CaseTransition transition) {
        CaseFact previous = facts.load(transition.caseId());
        CaseProjection.Step step = projection.step(previous, transition);
        if (step.factChanged()) {
            facts.save(step.next());
            figures.apply(step.factDelta());
        }
        if (step.countedStep() != null && transitions.storeIfNew(step.countedStep(), transition.occurredAt())) {
            figures.apply(step.transitionDelta());
        }
    }
}

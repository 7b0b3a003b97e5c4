package org.gridgov.dashboard.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Figures that count each case once per period, whatever the number of its steps in it:
 * {@code reworked} cases reopened (返工) in the period; {@code reworkBasis} cases resolved or
 * reworked in it (a rework judges a resolution, so a reworked case is one whose resolution was
 * handled in the period: reworked ⊆ basis, and 返工率 never passes 100 %); {@code becameOverdue}
 * cases that passed their handling deadline in the department's hands in the period (超期数).
 */
public record CaseCounts(long reworked, long reworkBasis, long becameOverdue) {

    public static final CaseCounts NONE = new CaseCounts(0, 0, 0);

    /** The same count the SQL makes, over steps already limited to one area and period (for tests and checks). */
    public static CaseCounts of(Collection<CaseStep> steps) {
        Set<UUID> reworked = new HashSet<>();
        Set<UUID> basis = new HashSet<>();
        Set<UUID> overdue = new HashSet<>();
        for (CaseStep step : steps) {
            switch (step.kind()) {
                case REOPENED -> {
                    reworked.add(step.caseId());
                    basis.add(step.caseId());
                }
                case RESOLVED -> basis.add(step.caseId());
                case OVERDUE -> overdue.add(step.caseId());
                default -> { }
            }
        }
        return new CaseCounts(reworked.size(), basis.size(), overdue.size());
    }
}

package org.gridgov.intake.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** The case a report became, as last heard on gridgov.cases.v1. */
public record CaseStatus(
        UUID caseId,
        String number,
        String state,
        String department,
        Instant deadline,
        String notes,
        long version,
        Instant updatedAt) {

    private static final Set<String> FINISHED = Set.of("closed", "rejected");

    /** Open311 knows only open and closed; a rejected report is finished for the citizen too. */
    public boolean finished() {
        return FINISHED.contains(state);
    }

    /** A resolved case waits for the grid worker's on-site verification (核查). */
    public boolean awaitsVerification() {
        return "resolved".equals(state);
    }
}

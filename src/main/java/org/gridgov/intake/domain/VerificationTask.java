package org.gridgov.intake.domain;

import java.time.Instant;
import java.util.UUID;

/** A resolved case in one of a worker's grids, waiting for the worker to check it on site (核查). */
public record VerificationTask(UUID caseId, String caseNumber, String category, String gridCode, Coordinates location,
        String department, Instant deadline, Instant resolvedAt) {
}

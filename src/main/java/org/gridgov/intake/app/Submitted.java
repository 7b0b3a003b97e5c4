package org.gridgov.intake.app;

import org.gridgov.intake.domain.Report;

/** The result of a submission: a new report (201) or the original one of a replay (200). */
public record Submitted(Report report, boolean replayed) {
}

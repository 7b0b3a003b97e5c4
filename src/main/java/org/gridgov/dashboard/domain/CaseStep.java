package org.gridgov.dashboard.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A counted transition as stored once per (case, version, kind): what the per-period figures that
 * count each case once (返工率, 超期数) are counted from. {@code day} is the day it counts on: the
 * day it happened, for an overdue mark the day the deadline passed. The area, category and unit
 * are the case's at that moment, so a later move of the case does not rewrite a past period.
 */
public record CaseStep(UUID caseId, long version, TransitionKind kind, LocalDate day, AreaChain area, String category,
        String department) {}

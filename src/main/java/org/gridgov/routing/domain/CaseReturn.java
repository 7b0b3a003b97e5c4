package org.gridgov.routing.domain;

import java.time.Instant;
import java.util.Objects;

/** A department said a case is not theirs (退回), with its reason. */
public record CaseReturn(String department, String reason, Instant at) {
    public CaseReturn {
        Objects.requireNonNull(department, "department");
        reason = reason == null ? "" : reason;
    }
}

package org.gridgov.dispatch.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 缓办 or 挂账: the township stopped the department's handling clock of a case. While it lasts the
 * case is {@link CaseState#DEFERRED} (缓办, until {@code resumeOn}) or {@link CaseState#PARKED}
 * (挂账, until a higher decision lets the township resume it); it is never warned, overdue or
 * escalated. {@code from} is the state the case returns to on resume (dispatched or accepted), and
 * the handling deadline then moves on by the working time spent since {@code since}.
 *
 * @param resumeOn for 缓办, the local day the case resumes by itself; null for 挂账
 * @param resumeAt the start of that day in the calendar's zone, which the deadline scan looks for
 */
public record Pause(CaseState from, String reason, String by, Instant since, LocalDate resumeOn, Instant resumeAt) {

    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(since, "since");
    }

    /** Whether the case resumes by itself (缓办 with a resume date). */
    public boolean resumesByItself() {
        return resumeAt != null;
    }
}

package org.gridgov.dispatch.domain;

import java.time.Instant;

/**
 * The township's own phases of a case after the department's resolution: the clock that runs now
 * (核查时限 while resolved, 结案时限 while verified) with its signal, and what the township did
 * within them: when it verified, whether within 核查时限, and whether it closed within 结案时限.
 * A case never resolved has {@link #NONE}.
 */
public record TownshipPhases(Deadline deadline, Warning warning, Instant verifiedAt, Boolean verifiedOnTime,
                             Boolean closingOnTime) {

    public static final TownshipPhases NONE = new TownshipPhases(null, Warning.NONE, null, null, null);

    public TownshipPhases {
        warning = warning == null ? Warning.NONE : warning;
    }
}

package org.gridgov.dashboard.persistence;

import jakarta.inject.Singleton;
import java.time.Instant;
import org.gridgov.dashboard.domain.AreaChain;
import org.gridgov.dashboard.domain.CaseStep;

/** Counted transitions, stored once per (case, version, kind), with the day and place they count for. */
@Singleton
public class CaseTransitions {

    private final Sql sql;

    public CaseTransitions(Sql sql) {
        this.sql = sql;
    }

    /** @return true when this transition was not stored before (and so must be counted now) */
    public boolean storeIfNew(CaseStep step, Instant occurredAt) {
        AreaChain a = step.area();
        return sql.update("INSERT INTO dashboard.case_transition (case_id, version, kind, occurred_at, department, day,"
                        + " grid_code, community_code, township_code, district_code, category)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                step.caseId(), step.version(), step.kind().name(), occurredAt, step.department(), step.day(),
                a == null ? null : a.gridCode(), a == null ? null : a.communityCode(),
                a == null ? null : a.townshipCode(), a == null ? null : a.districtCode(), step.category()) == 1;
    }
}

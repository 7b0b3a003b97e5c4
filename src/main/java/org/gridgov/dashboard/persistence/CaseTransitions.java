package org.gridgov.dashboard.persistence;

import jakarta.inject.Singleton;
import org.gridgov.dashboard.domain.CaseTransition;

/** Counted transitions, stored once per (case, version, kind). */
@Singleton
public class CaseTransitions {

    private final Sql sql;

    public CaseTransitions(Sql sql) {
        this.sql = sql;
    }

    /** @return true when this transition was not stored before (and so must be counted now) */
    public boolean storeIfNew(CaseTransition t) {
        return sql.update("INSERT INTO dashboard.case_transition (case_id, version, kind, occurred_at, department)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                t.caseId(), t.version(), t.kind().name(), t.occurredAt(), t.chargedDepartment()) == 1;
    }
}

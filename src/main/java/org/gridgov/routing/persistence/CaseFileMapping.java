package org.gridgov.routing.persistence;

import org.gridgov.routing.domain.CaseFile;
import org.gridgov.routing.domain.GridChain;

/** Rows ↔ case files. */
public final class CaseFileMapping {

    private CaseFileMapping() {
    }

    public static CaseFile toDomain(CaseFileRow row) {
        GridChain grid = row.gridCode() == null ? null
                : new GridChain(row.gridCode(), row.communityCode(), row.townshipCode(), row.districtCode());
        return new CaseFile(row.caseId(), row.category(), row.firstReportId(), row.source(), row.reporter(),
                row.description(), grid, row.lat(), row.lon(), row.priority(), row.assigneeKind(), row.assigneeCode(),
                row.arbitration(), row.limitValue(), row.limitUnit(), row.deadline(), row.deadlineCalendarMissing(),
                row.observedAt(), row.lastSeenAt(), row.reportCount(), row.open(), row.version());
    }

    public static CaseFileRow toRow(CaseFile file) {
        GridChain grid = file.grid();
        return new CaseFileRow(file.caseId(), file.category(), file.firstReportId(), file.source(), file.reporter(),
                file.description(), grid == null ? null : grid.gridCode(), grid == null ? null : grid.communityCode(),
                grid == null ? null : grid.townshipCode(), grid == null ? null : grid.districtCode(), file.lat(),
                file.lon(), file.priority(), file.assigneeKind(), file.assigneeCode(), file.arbitration(),
                file.limitValue(), file.limitUnit(), file.deadline(), file.deadlineCalendarMissing(), file.observedAt(),
                file.lastSeenAt(), file.reportCount(), file.open(), file.version());
    }
}

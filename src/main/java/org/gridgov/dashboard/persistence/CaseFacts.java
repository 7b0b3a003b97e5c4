package org.gridgov.dashboard.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.gridgov.dashboard.domain.AreaChain;
import org.gridgov.dashboard.domain.CaseFact;

/** The per-case fact table. */
@Singleton
public class CaseFacts {

    static final String COLUMNS = "case_id, version, case_number, state, category, priority, source, reporter, department,"
            + " handler, grid_code, community_code, township_code, district_code, lat, lon, reported_at, registered_at,"
            + " dispatched_at, resolved_at, resolved_on_time, closed_at, closed_on_time, deadline, rating, rated_at, warning,"
            + " round_started_at, self_resolved";

    private final Sql sql;

    public CaseFacts(Sql sql) {
        this.sql = sql;
    }

    /**
     * Loads a case's fact. Work on one case is already serialised by the time this runs: the live
     * listener and a rebuild both apply its events under the lock of the case's position row
     * ({@code dashboard.event_position}, taken before the fact is read, also for a case with no
     * fact yet).
     */
    public CaseFact load(UUID caseId) {
        return sql.one("SELECT " + COLUMNS + " FROM dashboard.case_fact WHERE case_id = ?", CaseFacts::map, caseId);
    }

    public void save(CaseFact f) {
        AreaChain a = f.area();
        sql.update("INSERT INTO dashboard.case_fact (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                        + " ON CONFLICT (case_id) DO UPDATE SET version = EXCLUDED.version, case_number = EXCLUDED.case_number,"
                        + " state = EXCLUDED.state, category = EXCLUDED.category, priority = EXCLUDED.priority,"
                        + " source = EXCLUDED.source, reporter = EXCLUDED.reporter, department = EXCLUDED.department,"
                        + " handler = EXCLUDED.handler, grid_code = EXCLUDED.grid_code, community_code = EXCLUDED.community_code,"
                        + " township_code = EXCLUDED.township_code, district_code = EXCLUDED.district_code, lat = EXCLUDED.lat,"
                        + " lon = EXCLUDED.lon, reported_at = EXCLUDED.reported_at, registered_at = EXCLUDED.registered_at,"
                        + " dispatched_at = EXCLUDED.dispatched_at, resolved_at = EXCLUDED.resolved_at,"
                        + " resolved_on_time = EXCLUDED.resolved_on_time, closed_at = EXCLUDED.closed_at,"
                        + " closed_on_time = EXCLUDED.closed_on_time, deadline = EXCLUDED.deadline, rating = EXCLUDED.rating,"
                        + " rated_at = EXCLUDED.rated_at, warning = EXCLUDED.warning, round_started_at = EXCLUDED.round_started_at,"
                        + " self_resolved = EXCLUDED.self_resolved",
                f.caseId(), f.version(), f.caseNumber(), f.state(), f.category(), f.priority(), f.source(), f.reporter(),
                f.department(), f.handler(),
                a == null ? null : a.gridCode(), a == null ? null : a.communityCode(),
                a == null ? null : a.townshipCode(), a == null ? null : a.districtCode(),
                f.lat(), f.lon(), f.reportedAt(), f.registeredAt(), f.dispatchedAt(), f.resolvedAt(), f.resolvedOnTime(),
                f.closedAt(), f.closedOnTime(), f.deadline(), f.rating(), f.ratedAt(), f.warning(), f.roundStartedAt(),
                f.selfResolved());
    }

    static CaseFact map(ResultSet rs) throws SQLException {
        String grid = rs.getString("grid_code");
        AreaChain area = grid == null ? null : new AreaChain(grid, rs.getString("community_code"),
                rs.getString("township_code"), rs.getString("district_code"));
        return new CaseFact(
                rs.getObject("case_id", UUID.class),
                rs.getLong("version"),
                rs.getString("case_number"),
                rs.getString("state"),
                rs.getString("category"),
                rs.getString("priority"),
                rs.getString("source"),
                rs.getString("reporter"),
                rs.getString("department"),
                rs.getString("handler"),
                area,
                Sql.nullableDouble(rs, "lat"),
                Sql.nullableDouble(rs, "lon"),
                Sql.instant(rs, "reported_at"),
                Sql.instant(rs, "registered_at"),
                Sql.instant(rs, "dispatched_at"),
                Sql.instant(rs, "resolved_at"),
                Sql.nullableBoolean(rs, "resolved_on_time"),
                Sql.instant(rs, "closed_at"),
                Sql.nullableBoolean(rs, "closed_on_time"),
                Sql.instant(rs, "deadline"),
                rs.getString("rating"),
                Sql.instant(rs, "rated_at"),
                rs.getString("warning"),
                Sql.instant(rs, "round_started_at"),
                rs.getBoolean("self_resolved"));
    }
}

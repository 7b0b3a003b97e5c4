package org.gridgov.intake.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gridgov.intake.domain.CaseStatus;
import org.gridgov.intake.domain.Coordinates;
import org.gridgov.intake.domain.VerificationTask;

/** What intake knows of cases ({@code intake.case_status}): only what gridgov.cases.v1 told it. */
@Singleton
@Connectable
public class CaseStatusRows {

    private final JdbcOperations jdbc;

    public CaseStatusRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the case as it stands, unless a newer version is already stored. One save of a case may
     * publish several transitions with the same version, in order, so an equal version wins too.
     * {@code learntAt} (when intake heard of it) moves only when something a reporter sees changed
     * (number, state, department, deadline, notes), so that a phone's sync finds the reports of
     * that case again, and a case that only gained another report does not send them all again.
     *
     * @return whether the row changed
     */
    public boolean upsertIfNewer(CaseStatus status, String gridCode, String category, Coordinates location,
                                 Instant learntAt) {
        return jdbc.prepareStatement("""
                INSERT INTO intake.case_status (case_id, case_number, state, department, deadline, notes, grid_code,
                  category, lat, lon, version, updated_at, learnt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_id) DO UPDATE SET case_number = excluded.case_number, state = excluded.state,
                  department = excluded.department, deadline = excluded.deadline, notes = excluded.notes,
                  grid_code = excluded.grid_code, category = excluded.category, lat = excluded.lat, lon = excluded.lon,
                  version = excluded.version, updated_at = excluded.updated_at,
                  learnt_at = CASE WHEN (intake.case_status.case_number, intake.case_status.state,
                                         intake.case_status.department, intake.case_status.deadline,
                                         intake.case_status.notes)
                                        IS DISTINCT FROM (excluded.case_number, excluded.state, excluded.department,
                                                          excluded.deadline, excluded.notes)
                                   THEN excluded.learnt_at ELSE intake.case_status.learnt_at END
                WHERE intake.case_status.version <= excluded.version
                """, (PreparedStatement s) -> {
            s.setObject(1, status.caseId());
            s.setString(2, status.number());
            s.setString(3, status.state());
            s.setString(4, status.department());
            s.setTimestamp(5, status.deadline() == null ? null : Timestamp.from(status.deadline()));
            s.setString(6, status.notes());
            s.setString(7, gridCode);
            s.setString(8, category);
            ReportRows.setDouble(s, 9, location == null ? null : location.lat());
            ReportRows.setDouble(s, 10, location == null ? null : location.lon());
            s.setLong(11, status.version());
            s.setTimestamp(12, Timestamp.from(status.updatedAt()));
            s.setTimestamp(13, Timestamp.from(learntAt));
            return s.executeUpdate() > 0;
        });
    }

    /** Resolved cases in any of these grids: the worker's verification tasks. */
    public List<VerificationTask> resolvedIn(Collection<String> gridCodes) {
        return inState("resolved", gridCodes);
    }

    /** Reported cases the township asked to check on site (核实) in any of these grids: the worker's check tasks. */
    public List<VerificationTask> checkingIn(Collection<String> gridCodes) {
        return inState("checking", gridCodes);
    }

    private List<VerificationTask> inState(String state, Collection<String> gridCodes) {
        if (gridCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("""
                SELECT case_id, case_number, category, grid_code, lat, lon, department, deadline, updated_at
                  FROM intake.case_status WHERE state = ? AND grid_code = ANY (?) ORDER BY updated_at
                """, (PreparedStatement s) -> {
            s.setString(1, state);
            s.setArray(2, s.getConnection().createArrayOf("text", gridCodes.toArray()));
            List<VerificationTask> tasks = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Double lat = ReportRows.nullableDouble(rs, "lat");
                    Double lon = ReportRows.nullableDouble(rs, "lon");
                    tasks.add(new VerificationTask(rs.getObject("case_id", java.util.UUID.class), rs.getString("case_number"),
                            rs.getString("category"), rs.getString("grid_code"),
                            lat == null || lon == null ? null : new Coordinates(lat, lon), rs.getString("department"),
                            ReportRows.instant(rs, "deadline"), ReportRows.instant(rs, "updated_at")));
                }
            }
            return tasks;
        });
    }
}

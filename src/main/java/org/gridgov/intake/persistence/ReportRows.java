package org.gridgov.intake.persistence;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gridgov.intake.domain.CaseStatus;
import org.gridgov.intake.domain.Coordinates;
import org.gridgov.intake.domain.Crs;
import org.gridgov.intake.domain.GridChain;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.domain.SelfResolution;
import org.gridgov.intake.domain.Severity;
import org.gridgov.intake.domain.Source;

/**
 * Reports in {@code intake.report}, read together with the status of their case. Plain SQL
 * through JdbcOperations: the point, the jsonb attributes and the case join are clearer written
 * out than hidden behind entity mappings. Runs on the caller's transaction.
 */
@Singleton
@Connectable
public class ReportRows {

    private static final String SELECT = """
            SELECT r.id, r.client_report_id, r.source, r.reporter, r.category, r.description,
                   ST_Y(r.location) AS lat, ST_X(r.location) AS lon, r.accuracy, r.submitted_crs, r.address,
                   r.severity, r.attributes::text AS attributes, r.grid_code, r.community_code, r.township_code,
                   r.district_code, r.outside_own_grids, r.observed_at, r.received_at, r.fingerprint,
                   r.self_resolved, r.resolution_note, r.after_photos,
                   (SELECT array_agg(p.sha256 ORDER BY p.n) FROM intake.photo p WHERE p.report_id = r.id) AS photos,
                   c.case_id, c.case_number, c.state, c.department, c.deadline, c.notes, c.version, c.updated_at
              FROM intake.report r LEFT JOIN intake.case_status c ON c.case_id = r.case_id
            """;

    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    public ReportRows(JdbcOperations jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private static final String INSERT = """
            INSERT INTO intake.report (id, client_report_id, source, reporter, category, description, location,
              accuracy, submitted_crs, address, severity, attributes, grid_code, community_code, township_code,
              district_code, outside_own_grids, observed_at, received_at, updated_at, fingerprint,
              self_resolved, resolution_note, after_photos)
            VALUES (?, ?, ?, ?, ?, ?, CASE WHEN ?::float8 IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(?, ?), 4326) END,
              ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /**
     * Inserts the reports in one round trip, skipping any whose client id is already stored (or
     * comes earlier in the same list).
     *
     * @return for each report, whether it was inserted
     */
    public boolean[] insertUnlessClientIdTaken(List<Report> batch) {
        return jdbc.prepareStatement(INSERT + " ON CONFLICT (client_report_id) DO NOTHING", (PreparedStatement s) -> {
            for (Report report : batch) {
                bind(s, report);
                s.addBatch();
            }
            // one count per statement: 1 inserted, 0 skipped by ON CONFLICT (the driver's batch
            // rewriting, reWriteBatchedInserts, would report SUCCESS_NO_INFO instead; it is off)
            int[] counts = s.executeBatch();
            boolean[] inserted = new boolean[batch.size()];
            for (int i = 0; i < counts.length; i++) {
                inserted[i] = counts[i] == 1;
            }
            return inserted;
        });
    }

    private void bind(PreparedStatement s, Report report) throws SQLException {
        int i = 0;
        s.setObject(++i, report.id());
        s.setObject(++i, report.clientReportId());
        s.setString(++i, report.source().wire());
        s.setString(++i, report.reporter());
        s.setString(++i, report.category());
        s.setString(++i, report.description());
        Coordinates at = report.location();
        setDouble(s, ++i, at == null ? null : at.lon());
        setDouble(s, ++i, at == null ? null : at.lon());
        setDouble(s, ++i, at == null ? null : at.lat());
        setDouble(s, ++i, report.accuracy());
        s.setString(++i, report.submittedCrs().wire());
        s.setString(++i, report.address());
        s.setString(++i, report.severity() == null ? null : report.severity().wire());
        s.setString(++i, write(report.attributes()));
        GridChain grid = report.grid();
        s.setString(++i, grid == null ? null : grid.gridCode());
        s.setString(++i, grid == null ? null : grid.communityCode());
        s.setString(++i, grid == null ? null : grid.townshipCode());
        s.setString(++i, grid == null ? null : grid.districtCode());
        s.setBoolean(++i, report.outsideOwnGrids());
        s.setTimestamp(++i, Timestamp.from(report.observedAt()));
        s.setTimestamp(++i, Timestamp.from(report.receivedAt()));
        s.setTimestamp(++i, Timestamp.from(report.receivedAt()));
        s.setString(++i, report.fingerprint());
        SelfResolution resolution = report.selfResolution();
        s.setBoolean(++i, resolution != null);
        s.setString(++i, resolution == null ? null : resolution.note());
        s.setArray(++i, s.getConnection().createArrayOf("text",
                resolution == null ? new String[0] : resolution.afterPhotos().toArray(String[]::new)));
    }

    public Optional<Report> findById(UUID id) {
        return one(SELECT + " WHERE r.id = ?", id);
    }

    public Optional<Report> findByClientReportId(UUID clientReportId) {
        return one(SELECT + " WHERE r.client_report_id = ?", clientReportId);
    }

    /**
     * A reporter's reports changed after {@code since}, oldest change first: the report itself
     * (received, linked to a case), or the case it belongs to (intake learnt of a new state). The
     * second half goes through the case, so a case's change never has to stamp each of its reports.
     */
    public List<Report> findChangedSince(String reporter, Instant since, int limit) {
        return jdbc.prepareStatement(SELECT + """
                 WHERE r.id IN (SELECT id FROM intake.report WHERE reporter = ? AND updated_at > ?
                                UNION
                                SELECT mine.id FROM intake.case_status moved
                                  JOIN intake.report mine ON mine.case_id = moved.case_id AND mine.reporter = ?
                                 WHERE moved.learnt_at > ?)
                 ORDER BY greatest(r.updated_at, c.learnt_at), r.id LIMIT ?""", (PreparedStatement s) -> {
                    Timestamp after = Timestamp.from(since);
                    s.setString(1, reporter);
                    s.setTimestamp(2, after);
                    s.setString(3, reporter);
                    s.setTimestamp(4, after);
                    s.setInt(5, limit);
                    return list(s);
                });
    }

    /** Open311 listing: citizen or worker reports by id, or by category and time window, newest first. */
    /** Reports received in [from, to), newest first; empty {@code ids} or {@code categories} do not filter. */
    public List<Report> search(List<UUID> ids, List<String> categories, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE r.received_at >= ? AND r.received_at < ?");
        if (!ids.isEmpty()) {
            sql.append(" AND r.id = ANY (?)");
        }
        if (!categories.isEmpty()) {
            sql.append(" AND r.category = ANY (?)");
        }
        sql.append(" ORDER BY r.received_at DESC LIMIT ?");
        return jdbc.prepareStatement(sql.toString(), (PreparedStatement s) -> {
            int i = 0;
            s.setTimestamp(++i, Timestamp.from(from));
            s.setTimestamp(++i, Timestamp.from(to));
            if (!ids.isEmpty()) {
                s.setArray(++i, s.getConnection().createArrayOf("uuid", ids.toArray()));
            }
            if (!categories.isEmpty()) {
                s.setArray(++i, s.getConnection().createArrayOf("text", categories.toArray()));
            }
            s.setInt(++i, limit);
            return list(s);
        });
    }

    /**
     * Links the reports a schemaVersion 1 event listed to the case they became; their reporters'
     * next sync picks the change up.
     */
    public void linkToCase(Collection<UUID> reportIds, UUID caseId, Instant at) {
        if (reportIds.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("UPDATE intake.report SET case_id = ?, updated_at = greatest(updated_at, ?) WHERE id = ANY (?)",
                (PreparedStatement s) -> {
                    s.setObject(1, caseId);
                    s.setTimestamp(2, Timestamp.from(at));
                    s.setArray(3, s.getConnection().createArrayOf("uuid", reportIds.toArray()));
                    return s.executeUpdate();
                });
    }

    /** Links the one report an event names to its case: one row, however many reports the case has. */
    public void linkToCase(UUID reportId, UUID caseId, Instant at) {
        jdbc.prepareStatement("UPDATE intake.report SET case_id = ?, updated_at = greatest(updated_at, ?) WHERE id = ?",
                (PreparedStatement s) -> {
                    s.setObject(1, caseId);
                    s.setTimestamp(2, Timestamp.from(at));
                    s.setObject(3, reportId);
                    return s.executeUpdate();
                });
    }

    private Optional<Report> one(String sql, UUID id) {
        return jdbc.prepareStatement(sql, (PreparedStatement s) -> {
            s.setObject(1, id);
            return list(s).stream().findFirst();
        });
    }

    private List<Report> list(PreparedStatement statement) throws SQLException {
        List<Report> reports = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                reports.add(map(rs));
            }
        }
        return reports;
    }

    private Report map(ResultSet rs) throws SQLException {
        Double lat = nullableDouble(rs, "lat");
        Double lon = nullableDouble(rs, "lon");
        String gridCode = rs.getString("grid_code");
        GridChain grid = gridCode == null ? null : new GridChain(gridCode, rs.getString("community_code"),
                rs.getString("township_code"), rs.getString("district_code"));
        String severity = rs.getString("severity");
        java.sql.Array photos = rs.getArray("photos");
        UUID caseId = rs.getObject("case_id", UUID.class);
        CaseStatus status = caseId == null ? null : new CaseStatus(caseId, rs.getString("case_number"),
                rs.getString("state"), rs.getString("department"), instant(rs, "deadline"), rs.getString("notes"),
                rs.getLong("version"), instant(rs, "updated_at"));
        return new Report(rs.getObject("id", UUID.class), rs.getObject("client_report_id", UUID.class),
                Source.fromWire(rs.getString("source")), rs.getString("reporter"), rs.getString("category"),
                rs.getString("description"), lat == null || lon == null ? null : new Coordinates(lat, lon),
                nullableDouble(rs, "accuracy"), Crs.parse(rs.getString("submitted_crs")).orElse(Crs.WGS84),
                rs.getString("address"), severity == null ? null : Severity.parse(severity).orElse(null),
                read(rs.getString("attributes")), grid, rs.getBoolean("outside_own_grids"),
                photos == null ? List.of() : List.of((String[]) photos.getArray()),
                instant(rs, "observed_at"), instant(rs, "received_at"), rs.getString("fingerprint"), status,
                selfResolution(rs));
    }

    private static SelfResolution selfResolution(ResultSet rs) throws SQLException {
        if (!rs.getBoolean("self_resolved")) {
            return null;
        }
        java.sql.Array after = rs.getArray("after_photos");
        return new SelfResolution(rs.getString("resolution_note"),
                after == null ? List.of() : List.of((String[]) after.getArray()));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }

    private String write(Map<String, Object> attributes) {
        try {
            return json.writeValueAsString(attributes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> read(String attributes) {
        try {
            return attributes == null ? Map.of() : json.readValue(attributes, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

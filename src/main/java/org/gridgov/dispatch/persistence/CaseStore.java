package org.gridgov.dispatch.persistence;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.CaseChange;
import org.gridgov.dispatch.domain.LinkedReport;
import org.gridgov.dispatch.domain.TimelineEntry;

/** Where cases and their timelines live. Callers hold the transaction. */
@Singleton
public class CaseStore {

    /** A save lost the optimistic race: someone changed the case since it was read. */
    public static final class StaleCase extends RuntimeException {
        StaleCase(UUID id) {
            super("case " + id + " was changed by someone else");
        }
    }

    private final CaseRows cases;
    private final TimelineRows timeline;
    private final JdbcOperations jdbc;

    public CaseStore(CaseRows cases, TimelineRows timeline, JdbcOperations jdbc) {
        this.cases = cases;
        this.timeline = timeline;
        this.jdbc = jdbc;
    }

    public Optional<Case> find(UUID id) {
        return cases.findById(id).map(CaseMapping::toCase);
    }

    public boolean exists(UUID id) {
        return cases.existsById(id);
    }

    public Case insert(Case c) {
        return CaseMapping.toCase(cases.save(CaseMapping.toRow(c)));
    }

    /** Saves a changed case under its version; the case returned carries the new version. */
    public Case update(Case c) {
        try {
            return CaseMapping.toCase(cases.update(CaseMapping.toRow(c)));
        } catch (OptimisticLockException e) {
            throw new StaleCase(c.id());
        }
    }

    /** One timeline entry per change, in their order, in one round trip to the database. */
    public void appendAll(List<CaseChange> changes) {
        timeline.saveAll(changes.stream().map(change -> new TimelineRow(null, change.after().id(), change.at(),
                change.action().wire(), change.from() == null ? null : change.from().wire(), change.to().wire(),
                change.actor().name(), change.actor().role().name(), change.reason(), change.note(),
                change.photos().toArray(String[]::new))).toList());
    }

    public List<TimelineEntry> timeline(UUID caseId) {
        return timeline.findByCaseIdOrderByIdAsc(caseId).stream().map(TimelineRow::toEntry).toList();
    }

    /** Whether the report is already one of the case's reports. */
    public boolean hasReport(UUID caseId, UUID reportId) {
        return jdbc.prepareStatement("SELECT EXISTS (SELECT 1 FROM dispatch.case_report WHERE case_id = ? AND report_id = ?)",
                (PreparedStatement s) -> {
                    s.setObject(1, caseId);
                    s.setObject(2, reportId);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getBoolean(1);
                    }
                });
    }

    /** Adds one report to the case, as its {@code position}-th: one row, whatever the case's size. */
    public void addReport(UUID caseId, int position, UUID reportId, Instant at) {
        jdbc.prepareStatement("INSERT INTO dispatch.case_report (case_id, position, report_id, linked_at) VALUES (?, ?, ?, ?)",
                (PreparedStatement s) -> {
                    s.setObject(1, caseId);
                    s.setInt(2, position);
                    s.setObject(3, reportId);
                    s.setTimestamp(4, Timestamp.from(at));
                    return s.executeUpdate();
                });
    }

    /** One page of the case's reports, in the order they joined it (a range of positions, no OFFSET scan). */
    public Page<LinkedReport> reports(UUID caseId, int reportCount, int page, int size) {
        String sql = "SELECT position, report_id, linked_at FROM dispatch.case_report"
                + " WHERE case_id = ? AND position > ? ORDER BY position LIMIT ?";
        List<LinkedReport> found = jdbc.prepareStatement(sql, (PreparedStatement s) -> {
            s.setObject(1, caseId);
            s.setLong(2, (long) page * size);
            s.setInt(3, size);
            List<LinkedReport> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new LinkedReport(rs.getInt(1), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant()));
                }
            }
            return rows;
        });
        return Page.of(found, Pageable.from(page, size), (long) reportCount);
    }

    /**
     * Takes the next {@code count} numbers of the case's event sequence and returns the last of
     * them. Runs after the case row was saved under its version in this transaction, so the row is
     * locked and no other save can take the same numbers.
     */
    public long takeSequences(UUID caseId, int count) {
        return jdbc.prepareStatement("UPDATE dispatch.dispatch_case SET last_sequence = last_sequence + ? WHERE id = ?"
                + " RETURNING last_sequence", (PreparedStatement s) -> {
                    s.setInt(1, count);
                    s.setObject(2, caseId);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("case " + caseId + " is not stored");
                        }
                        return rs.getLong(1);
                    }
                });
    }

    public long nextSerial() {
        return jdbc.prepareStatement("SELECT nextval('dispatch.case_number_seq')", (PreparedStatement s) -> {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Locks up to {@code limit} running cases with something due at {@code now}, skipping those
     * another instance holds: each due case has exactly one owner per scan. A deferred case (缓办)
     * is due on its resume day; a paused one runs no clock.
     */
    public List<UUID> lockDue(Instant now, int limit) {
        String sql = """
                SELECT id FROM dispatch.dispatch_case
                 WHERE (state IN ('dispatched', 'accepted')
                        AND ((warning = 'none' AND warn_at <= ?)
                          OR (warning <> 'red' AND coalesce(red_at, due_at) <= ?)
                          OR (escalation = 'township' AND district_at <= ?)))
                    OR (state IN ('resolved', 'verified')
                        AND ((township_warning = 'none' AND township_warn_at <= ?)
                          OR (township_warning <> 'red' AND township_red_at <= ?)))
                    -- 核实: the on-site check's own limit
                    OR (state = 'checking'
                        AND ((warning = 'none' AND check_warn_at <= ?) OR (warning <> 'red' AND check_due_at <= ?)))
                    -- 缓办: the day to resume has come
                    OR (state = 'deferred' AND pause_resume_at <= ?)
                 ORDER BY coalesce(due_at, check_due_at)
                 LIMIT ?
                 FOR UPDATE SKIP LOCKED""";
        return jdbc.prepareStatement(sql, (PreparedStatement s) -> {
            Timestamp at = Timestamp.from(now);
            s.setTimestamp(1, at);
            s.setTimestamp(2, at);
            s.setTimestamp(3, at);
            s.setTimestamp(4, at);
            s.setTimestamp(5, at);
            s.setTimestamp(6, at);
            s.setTimestamp(7, at);
            s.setTimestamp(8, at);
            s.setInt(9, limit);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        });
    }

    /** One page of cases matching {@code filter}, in the filter's order. */
    public Page<Case> search(CaseFilter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        long total = jdbc.prepareStatement("SELECT count(*) FROM dispatch.dispatch_case WHERE " + where, s -> {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Case> found = jdbc.prepareStatement("SELECT * FROM dispatch.dispatch_case WHERE " + where
                + (filter.order() == CaseFilter.Order.DEADLINE
                        ? " ORDER BY due_at ASC NULLS LAST, reported_at DESC, id"
                        : " ORDER BY reported_at DESC, id")
                + " LIMIT ? OFFSET ?", s -> {
                    bind(s, pageParams);
                    try (ResultSet rs = s.executeQuery()) {
                        return jdbc.entityStream(rs, CaseRow.class).map(CaseMapping::toCase).toList();
                    }
                });
        return Page.of(found, Pageable.from(page, size), total);
    }

    private static String where(CaseFilter f, List<Object> params) {
        List<String> scope = new ArrayList<>();
        inList(scope, params, "department", f.departments());
        inList(scope, params, "township_code", f.townships());
        inList(scope, params, "grid_code", f.grids());
        if (f.reporter() != null) {
            scope.add("reporter = ?");
            params.add(f.reporter());
        }
        boolean unlimited = f.departments() == null && f.townships() == null && f.grids() == null && f.reporter() == null;
        StringBuilder sql = new StringBuilder(unlimited ? "TRUE" : scope.isEmpty() ? "FALSE" : "(" + String.join(" OR ", scope) + ")");
        if (f.state() != null) {
            sql.append(" AND state = ?");
            params.add(f.state());
        }
        if (f.overdue() != null) {
            sql.append(f.overdue() ? " AND " : " AND NOT ").append("(state IN ('dispatched', 'accepted') AND due_at IS NOT NULL AND due_at <= ?)");
            params.add(Timestamp.from(f.now()));
        }
        if (f.category() != null) {
            sql.append(" AND category = ?");
            params.add(f.category());
        }
        if (f.township() != null) {
            sql.append(" AND township_code = ?");
            params.add(f.township());
        }
        if (f.number() != null) {
            // the web layer lets only letters, digits and '-' through, so the pattern holds no wildcard of the caller's
            sql.append(" AND number ILIKE ?");
            params.add("%" + f.number() + "%");
        }
        return sql.toString();
    }

    private static void inList(List<String> scope, List<Object> params, String column, List<String> values) {
        if (values != null && !values.isEmpty()) {
            scope.add(column + " = ANY (?)");
            params.add(values.toArray(String[]::new));
        }
    }

    private static void bind(PreparedStatement s, List<Object> params) throws java.sql.SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof String[] array) {
                s.setArray(i + 1, s.getConnection().createArrayOf("text", array));
            } else {
                s.setObject(i + 1, p);
            }
        }
    }
}

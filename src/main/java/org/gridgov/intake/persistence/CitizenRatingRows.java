package org.gridgov.intake.persistence;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Citizens' ratings of their requests' cases ({@code intake.citizen_rating}); runs on the caller's transaction. */
@Singleton
@Connectable
public class CitizenRatingRows {

    private final JdbcOperations jdbc;

    public CitizenRatingRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the request or its case is already rated (the insert is the check, so a race cannot rate twice) */
    public boolean insertUnlessRated(UUID reportId, UUID caseId, String rating, String comment, Instant at) {
        return jdbc.prepareStatement("""
                INSERT INTO intake.citizen_rating (report_id, case_id, rating, comment, rated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, (PreparedStatement s) -> {
            s.setObject(1, reportId);
            s.setObject(2, caseId);
            s.setString(3, rating);
            s.setString(4, comment);
            s.setTimestamp(5, Timestamp.from(at));
            return s.executeUpdate() == 1;
        });
    }
}

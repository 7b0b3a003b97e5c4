package org.gridgov.intake.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gridgov.intake.domain.Coordinates;
import org.gridgov.intake.domain.Photo;
import org.gridgov.intake.domain.PhotoType;

/** The photos of reports ({@code intake.photo}); the bytes themselves live in the blob store. */
@Singleton
@Connectable
public class PhotoRows {

    private final JdbcOperations jdbc;

    public PhotoRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises photo uploads of one report, so that two uploads cannot both take the last slot. */
    public void lockReport(UUID reportId) {
        jdbc.prepareStatement("SELECT id FROM intake.report WHERE id = ? FOR UPDATE", (PreparedStatement s) -> {
            s.setObject(1, reportId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        });
    }

    public List<Photo> ofReport(UUID reportId) {
        return jdbc.prepareStatement("""
                SELECT report_id, n, sha256, media_type, size_bytes, exif_lat, exif_lon, uploaded_at
                  FROM intake.photo WHERE report_id = ? ORDER BY n
                """, (PreparedStatement s) -> {
            s.setObject(1, reportId);
            List<Photo> photos = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Double lat = ReportRows.nullableDouble(rs, "exif_lat");
                    Double lon = ReportRows.nullableDouble(rs, "exif_lon");
                    String mediaType = rs.getString("media_type");
                    PhotoType type = java.util.Arrays.stream(PhotoType.values())
                            .filter(t -> t.mediaType().equals(mediaType)).findFirst().orElseThrow();
                    photos.add(new Photo(rs.getObject("report_id", UUID.class), rs.getInt("n"), rs.getString("sha256"),
                            type, rs.getLong("size_bytes"), lat == null || lon == null ? null : new Coordinates(lat, lon),
                            ReportRows.instant(rs, "uploaded_at")));
                }
            }
            return photos;
        });
    }

    public Optional<Photo> find(UUID reportId, int n) {
        return ofReport(reportId).stream().filter(photo -> photo.n() == n).findFirst();
    }

    public void insert(Photo photo) {
        jdbc.prepareStatement("""
                INSERT INTO intake.photo (report_id, n, sha256, media_type, size_bytes, exif_lat, exif_lon, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, (PreparedStatement s) -> {
            s.setObject(1, photo.reportId());
            s.setInt(2, photo.n());
            s.setString(3, photo.sha256());
            s.setString(4, photo.type().mediaType());
            s.setLong(5, photo.sizeBytes());
            ReportRows.setDouble(s, 6, photo.exifLocation() == null ? null : photo.exifLocation().lat());
            ReportRows.setDouble(s, 7, photo.exifLocation() == null ? null : photo.exifLocation().lon());
            s.setTimestamp(8, Timestamp.from(photo.uploadedAt()));
            return s.executeUpdate();
        });
    }
}

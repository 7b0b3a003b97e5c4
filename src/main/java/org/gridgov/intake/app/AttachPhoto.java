package org.gridgov.intake.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gridgov.intake.domain.BlobStore;
import org.gridgov.intake.domain.Photo;
import org.gridgov.intake.domain.PhotoLimits;
import org.gridgov.intake.domain.PhotoLocation;
import org.gridgov.intake.domain.PhotoType;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.domain.Violation;
import org.gridgov.intake.persistence.PhotoRows;
import org.gridgov.intake.persistence.ReportRows;
import org.gridgov.platform.refusal.Refusal;

/**
 * Adds a photo to a report. The bytes go to the blob store first (content-addressed, so a retry
 * writes nothing new), then the row in a transaction that locks the report, so that concurrent
 * uploads cannot exceed the limit. Uploading the same picture again returns the existing photo.
 */
@Singleton
public class AttachPhoto {

    private final ReportRows reports;
    private final PhotoRows photos;
    private final BlobStore blobs;
    private final Clock clock;
    private final PhotoLimits limits;

    public AttachPhoto(ReportRows reports, PhotoRows photos, BlobStore blobs, Clock clock,
            @Value("${gridgov.intake.photos.max-per-report:5}") int maxPerReport,
            @Value("${gridgov.intake.photos.max-bytes:10485760}") long maxBytes,
            @Value("${gridgov.intake.photos.max-inflated-metadata-bytes:1048576}") long maxInflatedMetadataBytes) {
        this.reports = reports;
        this.photos = photos;
        this.blobs = blobs;
        this.clock = clock;
        this.limits = new PhotoLimits(maxPerReport, maxBytes, maxInflatedMetadataBytes);
    }

    public PhotoLimits limits() {
        return limits;
    }

    public record Attached(Photo photo, boolean created) {
    }

    @Transactional
    public Attached attach(UUID reportId, String uploader, byte[] bytes) {
        Report report = reports.findById(reportId).orElseThrow(() -> Refusal.notFound("no report " + reportId));
        if (!uploader.equals(report.reporter())) {
            throw Refusal.notAllowed("only the reporter adds photos to a report");
        }
        photos.lockReport(reportId);
        List<Photo> existing = photos.ofReport(reportId);
        String sha = org.gridgov.intake.domain.Sha256.hex(bytes);
        Optional<Photo> same = existing.stream().filter(photo -> photo.sha256().equals(sha)).findFirst();
        if (same.isPresent()) {
            return new Attached(same.get(), false);
        }
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 16));
        Optional<Violation> refused = limits.check(existing.size(), bytes.length, head).or(() -> limits.checkMetadata(bytes));
        if (refused.isPresent()) {
            Violation v = refused.get();
            throw v.kind() == Violation.Kind.MALFORMED ? Refusal.malformed(v.field(), v.message())
                    : Refusal.invalid(v.field(), v.message());
        }
        blobs.put(bytes);
        Photo photo = new Photo(reportId, existing.size() + 1, sha, PhotoType.sniff(head).orElseThrow(), bytes.length,
                PhotoLocation.read(bytes).orElse(null), clock.instant());
        photos.insert(photo);
        return new Attached(photo, true);
    }
}

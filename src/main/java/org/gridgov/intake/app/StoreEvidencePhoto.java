package org.gridgov.intake.app;

import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Optional;
import org.gridgov.intake.domain.BlobStore;
import org.gridgov.intake.domain.PhotoLimits;
import org.gridgov.intake.domain.PhotoType;
import org.gridgov.intake.domain.Violation;

/**
 * Keeps a photo taken as evidence of a case action (a worker's on-site verification, a department's
 * result) rather than as part of a report. Case actions name photos by their SHA-256, so the photo
 * is only put in the content-addressed store: a retry of the same picture stores nothing new and
 * answers the same id.
 */
@Singleton
public class StoreEvidencePhoto {

    public sealed interface Outcome {
    }

    public record Stored(String sha256, PhotoType type, long sizeBytes) implements Outcome {
    }

    public record Refused(Violation violation) implements Outcome {
    }

    private final BlobStore blobs;
    private final PhotoLimits limits;

    public StoreEvidencePhoto(BlobStore blobs, AttachPhoto reportPhotos) {
        this.blobs = blobs;
        this.limits = reportPhotos.limits();
    }

    public Outcome store(byte[] bytes) {
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 16));
        // an evidence photo stands alone: only the size, format and metadata limits apply
        Optional<Violation> refused = limits.check(0, bytes.length, head).or(() -> limits.checkMetadata(bytes));
        if (refused.isPresent()) {
            return new Refused(refused.get());
        }
        String sha = blobs.put(bytes);
        return new Stored(sha, PhotoType.sniff(head).orElseThrow(), bytes.length);
    }

    public Optional<byte[]> read(String sha256) {
        return blobs.get(sha256);
    }
}

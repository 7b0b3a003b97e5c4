package org.gridgov.intake.app;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Optional;
import org.gridgov.intake.domain.PhotoType;
import org.gridgov.intake.domain.Sha256;
import org.gridgov.intake.domain.Violation;
import org.gridgov.platform.problem.Problem;

/**
 * Photos that belong to a case step rather than to a report: a department's result photos (办结)
 * and a verifier's photos (核查). They are stored content-addressed like report photos and named by
 * their SHA-256 hex, which the case's action then records in its timeline. Storing the same
 * picture twice stores nothing new. The blob is written (temp file, then move) before the id is
 * answered, so an id a client holds always names stored bytes.
 */
@Singleton
@Requires(property = "gridgov.roles.intake", notEquals = "false")
public class StorePhoto {

    public record Stored(String sha256, PhotoType type, long sizeBytes) {
    }

    private final BlobStore blobs;
    private final AttachPhoto reportPhotos;

    public StorePhoto(BlobStore blobs, AttachPhoto reportPhotos) {
        this.blobs = blobs;
        this.reportPhotos = reportPhotos;
    }

    public long maxBytes() {
        return reportPhotos.limits().maxBytes();
    }

    public Stored store(byte[] bytes) {
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, 16));
        // the per-report count does not apply to a case step's photo: the action limits how many it lists
        Optional<Violation> refused = reportPhotos.limits().check(0, bytes.length, head);
        if (refused.isPresent()) {
            Violation v = refused.get();
            throw v.kind() == Violation.Kind.MALFORMED ? Problem.badRequest(v.field(), v.message())
                    : Problem.unprocessable(v.field(), v.message());
        }
        String sha = blobs.put(bytes);
        return new Stored(sha, PhotoType.sniff(head).orElseThrow(), bytes.length);
    }

    public Optional<byte[]> read(String sha256) {
        return blobs.get(sha256);
    }
}

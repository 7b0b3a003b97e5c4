package org.gridgov.intake.domain;

import java.util.Optional;

/**
 * How many photos a report may carry, how big each may be, and how much its compressed metadata
 * may inflate to (configurable per deployment).
 */
public record PhotoLimits(int maxPerReport, long maxBytes, long maxInflatedMetadataBytes) {

    /** Real cameras and editors write at most a few hundred kilobytes of compressed text or ICC profile. */
    public static final long DEFAULT_MAX_INFLATED_METADATA = 1024 * 1024;

    public PhotoLimits {
        if (maxPerReport < 1 || maxBytes < 1 || maxInflatedMetadataBytes < 1) {
            throw new IllegalArgumentException("photo limits must be positive");
        }
    }

    public PhotoLimits(int maxPerReport, long maxBytes) {
        this(maxPerReport, maxBytes, DEFAULT_MAX_INFLATED_METADATA);
    }

    /** Refuses a picture whose compressed metadata would inflate beyond the cap (a decompression bomb). */
    public Optional<Violation> checkMetadata(byte[] photo) {
        if (PhotoContainer.inflatedMetadata(photo, maxInflatedMetadataBytes) > maxInflatedMetadataBytes) {
            return Optional.of(Violation.unprocessable("file",
                    "its compressed metadata inflates to more than " + maxInflatedMetadataBytes + " bytes"));
        }
        return Optional.empty();
    }

    /** Checks one more photo of {@code size} bytes against a report that already has {@code existing}. */
    public Optional<Violation> check(int existing, long size, byte[] head) {
        if (size <= 0) {
            return Optional.of(Violation.malformed("file", "is empty"));
        }
        if (size > maxBytes) {
            return Optional.of(Violation.unprocessable("file", "is larger than " + maxBytes + " bytes"));
        }
        if (PhotoType.sniff(head).isEmpty()) {
            return Optional.of(Violation.unprocessable("file", "is not a JPEG, PNG or WebP picture"));
        }
        if (existing >= maxPerReport) {
            return Optional.of(Violation.unprocessable("file", "a report carries at most " + maxPerReport + " photos"));
        }
        return Optional.empty();
    }
}

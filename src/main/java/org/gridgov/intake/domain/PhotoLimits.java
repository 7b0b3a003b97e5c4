package org.gridgov.intake.domain;

import java.util.Optional;

/** How many photos a report may carry and how big each may be (configurable per deployment). */
public record PhotoLimits(int maxPerReport, long maxBytes) {

    public PhotoLimits {
        if (maxPerReport < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("photo limits must be positive");
        }
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

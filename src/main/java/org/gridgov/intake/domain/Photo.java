package org.gridgov.intake.domain;

import java.time.Instant;
import java.util.UUID;

/** The {@code n}-th photo of a report, stored under its SHA-256; where the camera says it was taken, if it says. */
public record Photo(UUID reportId, int n, String sha256, PhotoType type, long sizeBytes, Coordinates exifLocation,
        Instant uploadedAt) {
}

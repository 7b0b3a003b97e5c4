package org.gridgov.intake.domain;

/**
 * A location as the phone sent it, before any check: components may be missing or nonsensical,
 * which {@link ReportRules} reports field by field.
 */
public record SubmittedLocation(Double lat, Double lon, Double accuracy, String crs) {
}

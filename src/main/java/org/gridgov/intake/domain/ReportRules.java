package org.gridgov.intake.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules a submitted report must pass before it is located and stored. Each broken rule is
 * reported with its field, so that a phone can show the worker exactly what to fix.
 */
public final class ReportRules {

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_ADDRESS = 500;
    public static final int MAX_ATTRIBUTES = 50;
    public static final int MAX_ATTRIBUTE_KEY = 64;
    /** One attribute's value, as JSON in UTF-8 bytes. */
    public static final int MAX_ATTRIBUTE_VALUE_BYTES = 1000;
    /** All attributes together, as JSON in UTF-8 bytes; with the fields above a report's message stays under 16 KB. */
    public static final int MAX_ATTRIBUTES_BYTES = 8192;
    /** A value may be a list or an object, nested at most this deep. */
    public static final int MAX_ATTRIBUTE_DEPTH = 3;
    /** Phones' clocks drift; a report "observed" a little in the future is still believable. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Categories categories;

    public ReportRules(Categories categories) {
        this.categories = categories;
    }

    /** Rules for a worker's report: a location is mandatory. */
    public List<Violation> checkWorkerReport(ReportSubmission report, Instant now) {
        return check(report, now, true);
    }

    /** Rules for a citizen's report: an address may stand in for the location. */
    public List<Violation> checkCitizenReport(ReportSubmission report, Instant now) {
        return check(report, now, false);
    }

    private List<Violation> check(ReportSubmission report, Instant now, boolean locationRequired) {
        List<Violation> violations = new ArrayList<>();
        if (report.clientReportId() == null) {
            violations.add(Violation.malformed("clientReportId", "is required (a UUID made on the phone)"));
        }
        checkCategory(report.category(), violations);
        checkDescription(report.description(), violations);
        checkLocation(report, locationRequired, violations);
        checkObservedAt(report.observedAt(), now, violations);
        if (report.address() != null && report.address().length() > MAX_ADDRESS) {
            violations.add(Violation.unprocessable("address", "must be at most " + MAX_ADDRESS + " characters"));
        }
        if (report.severity() != null && Severity.parse(report.severity()).isEmpty()) {
            violations.add(Violation.malformed("severity", "must be one of low, normal, high, critical"));
        }
        checkAttributes(report.attributes(), violations);
        return violations;
    }

    private void checkCategory(String category, List<Violation> violations) {
        if (category == null || category.isBlank()) {
            violations.add(Violation.malformed("category", "is required"));
        } else if (categories.find(category).isEmpty()) {
            violations.add(Violation.unprocessable("category", "unknown category " + category));
        }
    }

    private static void checkDescription(String description, List<Violation> violations) {
        if (description == null || description.isBlank()) {
            violations.add(Violation.malformed("description", "is required"));
        } else if (description.length() > MAX_DESCRIPTION) {
            violations.add(Violation.unprocessable("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
    }

    private static void checkLocation(ReportSubmission report, boolean required, List<Violation> violations) {
        SubmittedLocation location = report.location();
        if (location == null) {
            boolean hasAddress = report.address() != null && !report.address().isBlank();
            if (required) {
                violations.add(Violation.malformed("location", "is required"));
            } else if (!hasAddress) {
                violations.add(Violation.malformed("location", "a location or an address is required"));
            }
            return;
        }
        checkCoordinate("location.lat", location.lat(), 90, violations);
        checkCoordinate("location.lon", location.lon(), 180, violations);
        Double accuracy = location.accuracy();
        if (accuracy != null && (!Double.isFinite(accuracy) || accuracy < 0)) {
            violations.add(Violation.malformed("location.accuracy", "must be a finite number of metres ≥ 0"));
        }
        if (Crs.parse(location.crs()).isEmpty()) {
            violations.add(Violation.malformed("location.crs", "must be one of wgs84, gcj02, bd09"));
        }
    }

    private static void checkCoordinate(String field, Double value, double limit, List<Violation> violations) {
        if (value == null) {
            violations.add(Violation.malformed(field, "is required"));
        } else if (!Double.isFinite(value) || value < -limit || value > limit) {
            violations.add(Violation.malformed(field, "must be a finite number between -" + (int) limit + " and " + (int) limit));
        }
    }

    private static void checkObservedAt(Instant observedAt, Instant now, List<Violation> violations) {
        if (observedAt == null) {
            violations.add(Violation.malformed("observedAt", "is required"));
        } else if (observedAt.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add(Violation.unprocessable("observedAt", "lies in the future"));
        }
    }

    private static void checkAttributes(Map<String, Object> attributes, List<Violation> violations) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            violations.add(Violation.unprocessable("attributes", "at most " + MAX_ATTRIBUTES + " attributes"));
            return;
        }
        long total = 2;
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            String key = attribute.getKey();
            if (key == null || key.length() > MAX_ATTRIBUTE_KEY || !key.matches("[A-Za-z0-9_.-]+")) {
                violations.add(Violation.malformed("attributes", "attribute names are 1–" + MAX_ATTRIBUTE_KEY
                        + " letters, digits, _ . -"));
                return;
            }
            long value = JsonSize.of(attribute.getValue(), MAX_ATTRIBUTE_DEPTH);
            if (value < 0) {
                violations.add(Violation.unprocessable("attributes." + key,
                        "nests lists or objects deeper than " + MAX_ATTRIBUTE_DEPTH + " levels"));
            } else if (value > MAX_ATTRIBUTE_VALUE_BYTES) {
                violations.add(Violation.unprocessable("attributes." + key,
                        "is " + value + " bytes as JSON; at most " + MAX_ATTRIBUTE_VALUE_BYTES));
            }
            total += key.length() + 4 + Math.max(value, 0);
        }
        if (total > MAX_ATTRIBUTES_BYTES) {
            violations.add(Violation.unprocessable("attributes",
                    "are " + total + " bytes as JSON together; at most " + MAX_ATTRIBUTES_BYTES));
        }
    }
}

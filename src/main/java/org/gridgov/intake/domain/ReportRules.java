package org.gridgov.intake.domain;

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
    /** After photos of a self-resolved report, as many as a report may have photos. */
    public static final int MAX_AFTER_PHOTOS = 5;
    private final Categories categories;
    private final ObservationWindow window;

    public ReportRules(Categories categories) {
        this(categories, ObservationWindow.DEFAULT);
    }

    public ReportRules(Categories categories, ObservationWindow window) {
        this.categories = categories;
        this.window = window;
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
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("category", report.category());
        texts.put("description", report.description());
        texts.put("address", report.address());
        texts.put("severity", report.severity());
        texts.put("location.crs", report.location() == null ? null : report.location().crs());
        texts.put("resolutionNote", report.selfResolution() == null ? null : report.selfResolution().note());
        texts.forEach((field, text) -> {
            if (!Text.nulFree(text)) {
                violations.add(Violation.malformed(field, "must not contain a NUL character"));
            }
        });
        if (!violations.isEmpty()) {
            return violations;
        }
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
        checkSelfResolution(report.selfResolution(), locationRequired, violations);
        return violations;
    }

    /**
     * 自处置: only a grid worker fixes a problem on the spot, and the fix must be shown: at least
     * one after photo, named by its SHA-256 (whether intake has it is the application's check).
     */
    private static void checkSelfResolution(SelfResolution resolution, boolean byWorker, List<Violation> violations) {
        if (resolution == null) {
            return;
        }
        if (!byWorker) {
            violations.add(Violation.unprocessable("selfResolved", "only a grid worker may report a problem as self-resolved"));
            return;
        }
        List<String> photos = resolution.afterPhotos();
        if (photos.isEmpty()) {
            violations.add(Violation.unprocessable("afterPhotos",
                    "a self-resolved report needs at least one after photo (upload it through POST /api/v1/photos)"));
        } else if (photos.size() > MAX_AFTER_PHOTOS) {
            violations.add(Violation.unprocessable("afterPhotos", "at most " + MAX_AFTER_PHOTOS + " after photos"));
        } else if (photos.stream().anyMatch(p -> p == null || !Sha256.isHex(p))) {
            violations.add(Violation.malformed("afterPhotos", "each after photo is the SHA-256 id (64 hex digits) of an uploaded photo"));
        }
        if (resolution.note() != null && resolution.note().length() > MAX_DESCRIPTION) {
            violations.add(Violation.unprocessable("resolutionNote", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
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

    private void checkObservedAt(Instant observedAt, Instant now, List<Violation> violations) {
        if (observedAt == null) {
            violations.add(Violation.malformed("observedAt", "is required"));
        } else if (observedAt.isAfter(window.latest(now))) {
            violations.add(Violation.unprocessable("observedAt", "lies in the future (later than "
                    + window.latest(now).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")"));
        } else if (observedAt.isBefore(window.earliest(now))) {
            violations.add(Violation.unprocessable("observedAt", "lies too far back: a report is made within "
                    + window.maxAge().toDays() + " days of the observation (not before "
                    + window.earliest(now).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")"));
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
            java.util.Optional<String> problem = attributeValueProblem(attribute.getValue());
            if (problem.isPresent()) {
                violations.add(Violation.malformed("attributes." + key, problem.get()));
                continue;
            }
            long value = JsonSize.of(attribute.getValue(), MAX_ATTRIBUTE_DEPTH);
            if (value > MAX_ATTRIBUTE_VALUE_BYTES) {
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

    /**
     * An attribute is a plain value a form field can hold. {@code null} and non-finite numbers
     * ({@code 1e400} reads as infinity) cannot be carried on in JSON, and text with a NUL cannot be
     * stored.
     */
    private static java.util.Optional<String> attributeValueProblem(Object value) {
        if (value == null) {
            return java.util.Optional.of("must not be null: leave the attribute out instead");
        }
        if (value instanceof Double number && !Double.isFinite(number)
                || value instanceof Float single && !Float.isFinite(single)) {
            return java.util.Optional.of("must be a finite number");
        }
        if (value instanceof String text) {
            return Text.nulFree(text) ? java.util.Optional.empty() : java.util.Optional.of("must not contain a NUL character");
        }
        if (value instanceof Number || value instanceof Boolean) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("must be a string, a number or true/false");
    }
}

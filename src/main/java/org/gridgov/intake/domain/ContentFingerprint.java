package org.gridgov.intake.domain;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A digest of a report's content (everything but its client id), so that a replay can be told
 * from a different report that reuses a client id. Numbers and keys are written canonically:
 * {@code 36.5} and {@code 36.50} are the same content, attribute order does not matter.
 */
public final class ContentFingerprint {

    private ContentFingerprint() {
    }

    public static String of(ReportSubmission report) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, "category", report.category());
        field(canonical, "description", report.description());
        SubmittedLocation location = report.location();
        if (location != null) {
            field(canonical, "lat", number(location.lat()));
            field(canonical, "lon", number(location.lon()));
            field(canonical, "accuracy", number(location.accuracy()));
            field(canonical, "crs", Crs.parse(location.crs()).map(Crs::wire).orElse(location.crs()));
        }
        field(canonical, "observedAt", report.observedAt() == null ? null : report.observedAt().toString());
        field(canonical, "address", report.address());
        field(canonical, "severity", report.severity());
        field(canonical, "attributes", canonicalValue(report.attributes()));
        if (report.selfResolution() != null) {
            // only then: the fingerprints of reports stored before 自处置 existed stay as they were
            field(canonical, "resolutionNote", report.selfResolution().note());
            field(canonical, "afterPhotos", canonicalValue(report.selfResolution().afterPhotos()));
        }
        return Sha256.hex(canonical.toString());
    }

    private static void field(StringBuilder out, String name, String value) {
        // length-prefixed so that no choice of values can make two different reports collide
        String text = value == null ? "\u0000" : value;
        out.append(name).append(':').append(text.length()).append(':').append(text).append(';');
    }

    private static String number(Double value) {
        return value == null ? null : new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String canonicalValue(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            new TreeMap<>(map.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    e -> String.valueOf(e.getKey()), Map.Entry::getValue, (a, b) -> a)))
                    .forEach((key, item) -> out.append(key.length()).append(':').append(key).append('=')
                            .append(canonicalValue(item)).append(','));
            return out.append('}').toString();
        }
        if (value instanceof Collection<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(item -> out.append(canonicalValue(item)).append(','));
            return out.append(']').toString();
        }
        if (value instanceof Number number) {
            return "n" + number(number.doubleValue());
        }
        String text = String.valueOf(value);
        return "s" + text.length() + ":" + text;
    }
}

package org.gridgov.intake.domain;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * How many UTF-8 bytes a value read from JSON (null, boolean, number, string, list, map) takes when
 * written as JSON again, within a byte or two per string (escapes are counted as one character).
 * Counted on the value itself, so that a rule can refuse it before anything is serialised.
 */
final class JsonSize {

    private JsonSize() {
    }

    /** The size in bytes, or -1 when lists or maps nest deeper than {@code maxDepth}. */
    static long of(Object value, int maxDepth) {
        return of(value, maxDepth, 0);
    }

    private static long of(Object value, int maxDepth, int depth) {
        if (value == null) {
            return 4;
        }
        if (value instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8).length + 2L;
        }
        if (value instanceof Map<?, ?> map) {
            if (depth >= maxDepth) {
                return -1;
            }
            long size = 2;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                long inner = of(entry.getValue(), maxDepth, depth + 1);
                if (inner < 0) {
                    return -1;
                }
                size += of(String.valueOf(entry.getKey()), maxDepth, depth) + 2 + inner;
            }
            return size;
        }
        if (value instanceof Collection<?> list) {
            if (depth >= maxDepth) {
                return -1;
            }
            long size = 2;
            for (Object item : list) {
                long inner = of(item, maxDepth, depth + 1);
                if (inner < 0) {
                    return -1;
                }
                size += inner + 1;
            }
            return size;
        }
        return String.valueOf(value).length();
    }
}

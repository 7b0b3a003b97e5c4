package org.gridgov.intake.open311;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One Open311 response, renderable as the JSON and the XML the GeoReport v2 specification shows.
 * Values are Strings, Numbers, Booleans, nulls, ordered Maps (objects) and {@link Open311List}s.
 * Hand-rendered because the two formats differ in shape (JSON arrays vs. named XML containers)
 * and the field names are fixed by the specification.
 */
public record Open311Document(String rootName, Object body) {

    public String toJson() {
        StringBuilder out = new StringBuilder();
        json(out, body);
        return out.toString();
    }

    public String toXml() {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        element(out, rootName, body);
        return out.toString();
    }

    private static void json(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number number) {
            out.append(plain(number));
        } else if (value instanceof Open311List list) {
            out.append('[');
            for (int i = 0; i < list.items().size(); i++) {
                out.append(i == 0 ? "" : ",");
                json(out, list.items().get(i));
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                jsonString(out, String.valueOf(entry.getKey()));
                out.append(':');
                json(out, entry.getValue());
            }
            out.append('}');
        } else {
            jsonString(out, value.toString());
        }
    }

    private static void jsonString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void element(StringBuilder out, String name, Object value) {
        if (value == null) {
            out.append('<').append(name).append("/>");
            return;
        }
        out.append('<').append(name).append('>');
        if (value instanceof Open311List list) {
            list.items().forEach(item -> element(out, list.itemName(), item));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> element(out, String.valueOf(key), item));
        } else if (value instanceof Number number && !(value instanceof Integer || value instanceof Long)) {
            out.append(plain(number));
        } else {
            xmlText(out, value.toString());
        }
        out.append("</").append(name).append('>');
    }

    private static void xmlText(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // characters XML 1.0 cannot carry at all are dropped rather than corrupting the document
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
    }

    private static String plain(Number number) {
        return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
}

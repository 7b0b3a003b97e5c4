package org.gridgov.dashboard.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV exports: UTF-8 with a byte-order mark, so that Excel shows the Chinese headers and names. */
final class Csv {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    Csv row(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(escape(values.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    MutableHttpResponse<byte[]> response(String filename) {
        return HttpResponse.ok(text.toString().getBytes(StandardCharsets.UTF_8))
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }

    private static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        // A leading = + - @ would be run as a formula by spreadsheet programs.
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}

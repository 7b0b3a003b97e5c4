package org.gridgov.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the authorisation matrix: a route (as the router names it), the request that tries it
 * (path with fixture placeholders, a named body), and the status each caller must get ("-": not sent).
 */
record MatrixRow(String method, String route, String request, String body, Map<String, String> expected) {

    String key() {
        return method + " " + route;
    }

    MatrixRow withExpected(Map<String, String> statuses) {
        return new MatrixRow(method, route, request, body, statuses);
    }

    static List<MatrixRow> read(InputStream csv, List<String> callers) throws IOException {
        List<MatrixRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String header = null;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (header == null) {
                    header = line;
                    if (!header.equals(header(callers))) {
                        throw new IllegalStateException("the matrix's header must be: " + header(callers));
                    }
                    continue;
                }
                if (cells.length != 4 + callers.size()) {
                    throw new IllegalStateException("a row needs " + (4 + callers.size()) + " cells: " + line);
                }
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 0; i < callers.size(); i++) {
                    expected.put(callers.get(i), cells[4 + i].strip());
                }
                rows.add(new MatrixRow(cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(), expected));
            }
        }
        return rows;
    }

    static String header(List<String> callers) {
        return "method,route,request,body," + String.join(",", callers);
    }

    static String write(List<MatrixRow> rows, List<String> callers) {
        StringBuilder csv = new StringBuilder(header(callers)).append('\n');
        for (MatrixRow row : rows) {
            csv.append(String.join(",", row.method, row.route, row.request, row.body));
            callers.forEach(caller -> csv.append(',').append(row.expected.get(caller)));
            csv.append('\n');
        }
        return csv.toString();
    }
}

package org.gridgov.grid.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the divisions CSV shape {@code code,name,level,parent_code} (UTF-8, a header line, fields
 * optionally in double quotes). A line with the wrong number of fields becomes a row with empty
 * fields so that the import reports it against its line number instead of failing the whole file.
 */
public final class DivisionsCsv {

    public static final String HEADER = "code,name,level,parent_code";

    private DivisionsCsv() {}

    public static List<DivisionRow> read(Reader source) {
        List<DivisionRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalArgumentException("the file is empty");
            }
            if (!stripBom(header).trim().equalsIgnoreCase(HEADER)) {
                throw new IllegalArgumentException("the first line must be '" + HEADER + "'");
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = split(line);
                if (fields.size() != 4) {
                    rows.add(new DivisionRow(number, fields.isEmpty() ? "" : fields.get(0), "", "", ""));
                } else {
                    rows.add(new DivisionRow(number, fields.get(0), fields.get(1), fields.get(2), fields.get(3)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

package org.gridgov.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An event category of the reference table the platform ships ({@code reference/categories.csv}):
 * its code, name, the department it goes to and its handling limit in office minutes (a working day
 * counted as eight office hours, which is near enough for planning delays).
 */
public record Category(String code, String name, String department, int limitMinutes, boolean urgent) {

    static final String RESOURCE = "/reference/categories.csv";

    /** The platform's own category table, read from the classpath the simulator runs with. */
    public static List<Category> reference() {
        try (InputStream in = Category.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Category> parse(List<String> lines) {
        List<Category> categories = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            // code,major,name,name_en,time_limit,limit_unit,default_department,urgent
            String[] f = line.split(",");
            int limit = Integer.parseInt(f[4]);
            int minutes = "working_day".equals(f[5]) ? limit * 8 * 60 : limit * 60;
            categories.add(new Category(f[0], f[2], f[6], minutes, Boolean.parseBoolean(f[7])));
        }
        return List.copyOf(categories);
    }
}

package org.gridgov.dashboard.app;

import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chinese names for codes (divisions, categories, departments), shown next to figures. Only
 * labels: a code missing here still has its figures, just shown by code. Township units such as
 * 370303102-CGZD get the township's name plus the unit's.
 */
@Singleton
public class Labels {

    public record Division(String code, String name, String level, String parentCode) {}

    public record Category(String code, String major, String name) {}

    public record Department(String code, String name) {}

    private static final Map<String, String> TOWNSHIP_UNITS = Map.of(
            "CGZD", "城管中队", "PCS", "派出所", "SFS", "司法所", "ZZZX", "综治中心", "CENTRE", "中心");

    private final Map<String, Division> divisions = new HashMap<>();
    private final Map<String, String> categories = new HashMap<>();
    private final Map<String, String> departments = new HashMap<>();
    private final List<Category> categoryList = new ArrayList<>();
    private final List<Department> departmentList = new ArrayList<>();

    public Labels() {
        for (List<String> row : read("reference/zibo-divisions.csv")) {
            divisions.put(row.get(0), new Division(row.get(0), row.get(1), row.get(2), row.get(3)));
        }
        read("reference/categories.csv").forEach(row -> {
            categories.put(row.get(0), row.get(1) + "/" + row.get(2));
            categoryList.add(new Category(row.get(0), row.get(1), row.get(2)));
        });
        read("reference/departments.csv").forEach(row -> {
            departments.put(row.get(0), row.get(1));
            departmentList.add(new Department(row.get(0), row.get(1)));
        });
    }

    /** Every category in code order, for pickers. */
    public List<Category> categories() {
        return List.copyOf(categoryList);
    }

    /** Every city department in file order, for pickers. */
    public List<Department> departments() {
        return List.copyOf(departmentList);
    }

    public String area(String code) {
        Division division = divisions.get(code);
        return division == null ? code : division.name();
    }

    public String category(String code) {
        return categories.getOrDefault(code, code);
    }

    public String department(String code) {
        if (code == null || code.isEmpty()) {
            return "未派遣";
        }
        int dash = code.indexOf('-');
        if (dash > 0 && TOWNSHIP_UNITS.containsKey(code.substring(dash + 1))) {
            return area(code.substring(0, dash)) + TOWNSHIP_UNITS.get(code.substring(dash + 1));
        }
        return departments.getOrDefault(code, code);
    }

    public List<Division> townships() {
        return divisions.values().stream()
                .filter(d -> d.level().equals("township") || d.code().length() == 9)
                .sorted(java.util.Comparator.comparing(Division::code))
                .toList();
    }

    private static List<List<String>> read(String resource) {
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

package org.gridgov.routing.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The category table, read from {@code code,major,name,name_en,time_limit,limit_unit,default_department,urgent}
 * CSV rows. Names contain no commas in the shipped data; a malformed row is refused with its line.
 */
public final class CategoryTable {

    private final Map<String, Category> byCode;

    public CategoryTable(Collection<Category> categories) {
        Map<String, Category> map = new LinkedHashMap<>();
        categories.forEach(category -> map.put(category.code(), category));
        this.byCode = Map.copyOf(map);
    }

    public static CategoryTable parse(Reader csv) throws IOException {
        BufferedReader lines = new BufferedReader(csv);
        Map<String, Category> map = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
                continue;
            }
            String[] cells = line.split(",");
            try {
                Category category = new Category(cells[0].strip(), cells[1].strip(), cells[2].strip(),
                        new TimeLimit(Integer.parseInt(cells[4].strip()), LimitUnit.fromWire(cells[5])),
                        cells[6].strip(), Boolean.parseBoolean(cells[7].strip()));
                if (map.putIfAbsent(category.code(), category) != null) {
                    throw new IllegalArgumentException("category listed twice");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("categories line " + number + ": " + e.getMessage(), e);
            }
        }
        return new CategoryTable(map.values());
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean knowsMajorClass(String major) {
        return byCode.keySet().stream().anyMatch(code -> code.startsWith(major));
    }

    public boolean covers(CategorySelector selector) {
        return selector.isExact() ? byCode.containsKey(selector.value()) : knowsMajorClass(selector.value());
    }

    public Collection<Category> all() {
        return byCode.values();
    }
}

package org.gridgov.intake.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The category table: what may be reported, keyed by the 4-digit code. */
public final class Categories {

    private static final String HEADER = "code,major,name,name_en,time_limit,limit_unit,default_department,urgent";

    private final Map<String, Category> byCode;

    public Categories(Collection<Category> categories) {
        Map<String, Category> map = new LinkedHashMap<>();
        for (Category category : categories) {
            if (map.put(category.code(), category) != null) {
                throw new IllegalArgumentException("duplicate category " + category.code());
            }
        }
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    private final List<Category> ordered;

    /** Reads the CSV table (header line first); a malformed line fails loudly at start. */
    public static Categories parse(Reader csv) {
        List<Category> categories = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String header = reader.readLine();
            if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
                throw new IllegalArgumentException("category table must start with: " + HEADER);
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                categories.add(parseLine(line, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Categories(categories);
    }

    private static Category parseLine(String line, int number) {
        String[] cells = line.split(",", -1);
        if (cells.length != 8 || !cells[0].matches("[0-9]{4}")) {
            throw new IllegalArgumentException("category table line " + number + " is malformed: " + line);
        }
        return new Category(cells[0], cells[1], cells[2], cells[3], Integer.parseInt(cells[4].strip()),
                cells[5], cells[6], Boolean.parseBoolean(cells[7].strip()));
    }

    public Optional<Category> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public List<Category> all() {
        return ordered;
    }
}

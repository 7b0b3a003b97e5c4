package org.gridgov.routing.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The duplicate window per category: a default, with overrides for categories that need another. */
public final class DuplicateWindows {

    private final DuplicateWindow fallback;
    private final Map<String, DuplicateWindow> overrides;

    public DuplicateWindows(DuplicateWindow fallback, Map<String, DuplicateWindow> overrides) {
        this.fallback = fallback;
        this.overrides = Map.copyOf(overrides);
    }

    /** Reads {@code category,radius_m,window_hours} rows. */
    public static DuplicateWindows parse(DuplicateWindow fallback, Reader csv) throws IOException {
        Map<String, DuplicateWindow> overrides = new HashMap<>();
        BufferedReader lines = new BufferedReader(csv);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("category,")) {
                continue;
            }
            String[] cells = line.split(",");
            try {
                overrides.put(cells[0].strip(), new DuplicateWindow(Double.parseDouble(cells[1].strip()),
                        Duration.ofHours(Long.parseLong(cells[2].strip()))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("duplicate windows line " + number + ": " + line, e);
            }
        }
        return new DuplicateWindows(fallback, overrides);
    }

    public DuplicateWindow forCategory(String categoryCode) {
        return overrides.getOrDefault(categoryCode, fallback);
    }
}

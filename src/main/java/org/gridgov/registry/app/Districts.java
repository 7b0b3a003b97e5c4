package org.gridgov.registry.app;

import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridgov.platform.refusal.Refusal;

/**
 * The city (370300) and its eight districts and counties, by GB/T 2260 code, read from the shared
 * divisions table ({@code reference/zibo-divisions.csv}). Measures are led in one of them;
 * supervision and adoption are per district.
 */
@Singleton
public class Districts {

    public static final String CITY = "370300";
    private final Map<String, String> names = new LinkedHashMap<>();

    Districts() {
        // code,name,level,parent_code; names are quoted and hold no comma
        try (InputStream in = Districts.class.getResourceAsStream("/reference/zibo-divisions.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).map(line -> line.split(","))
                    .filter(cells -> (CITY.equals(cells[0]) && "city".equals(cells[2]))
                            || ("district".equals(cells[2]) && CITY.equals(cells[3])))
                    .forEach(cells -> names.put(cells[0], cells[1].replace("\"", "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    /** A district or county, not the city itself. */
    public String requireDistrict(String field, String code) {
        if (CITY.equals(code) || !names.containsKey(code)) {
            throw Refusal.invalid(field, "'" + code + "' is not a district of Zibo; known: " + districtCodes());
        }
        return code;
    }

    /** A district, or the city for measures led by a city department. */
    public String requireDistrictOrCity(String field, String code) {
        if (!names.containsKey(code)) {
            throw Refusal.invalid(field, "'" + code + "' is neither Zibo (370300) nor one of its districts");
        }
        return code;
    }

    private String districtCodes() {
        return String.join(", ", names.keySet().stream().filter(code -> !CITY.equals(code)).toList());
    }
}

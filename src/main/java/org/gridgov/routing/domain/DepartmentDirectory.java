package org.gridgov.routing.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Names of the city departments (from {@code departments.csv}) and of the township units. */
public final class DepartmentDirectory {

    private static final Map<String, String> TOWNSHIP_UNITS = Map.of(
            "CGZD", "城管中队", "PCS", "派出所", "SFS", "司法所", "ZZZX", "综治中心", "CENTRE", "镇街中心");

    private final Map<String, String> cityDepartments;

    public DepartmentDirectory(Map<String, String> cityDepartments) {
        this.cityDepartments = Map.copyOf(cityDepartments);
    }

    /** Reads {@code code,name,name_en} rows. */
    public static DepartmentDirectory parse(Reader csv) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(csv);
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
                continue;
            }
            String[] cells = line.split(",");
            names.put(cells[0].strip(), cells.length > 1 ? cells[1].strip() : cells[0].strip());
        }
        return new DepartmentDirectory(names);
    }

    public boolean isCityDepartment(String code) {
        return cityDepartments.containsKey(code);
    }

    public Optional<String> nameOf(Target target) {
        if (target.kind() == TargetKind.CITY_DEPARTMENT) {
            return Optional.ofNullable(cityDepartments.get(target.code()));
        }
        String suffix = target.code().substring(target.code().lastIndexOf('-') + 1);
        return Optional.ofNullable(TOWNSHIP_UNITS.get(suffix))
                .map(unit -> target.township().map(township -> township + " " + unit).orElse(unit));
    }
}

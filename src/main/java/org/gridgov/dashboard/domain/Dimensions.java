package org.gridgov.dashboard.domain;

import java.util.List;

/** Where a count lands in the daily table: every area of the chain (city first), category and unit. */
public record Dimensions(List<String> areaCodes, String category, String department) {

    public Dimensions {
        areaCodes = List.copyOf(areaCodes);
    }

    /** The grid the count lies in (the last of a full chain), or null for a case without one. */
    public String gridCode() {
        return areaCodes.size() == 5 ? areaCodes.get(4) : null;
    }

    public static Dimensions of(CaseFact fact, String cityCode) {
        return of(fact.area(), fact.category(), fact.department(), cityCode);
    }

    public static Dimensions of(AreaChain area, String category, String department, String cityCode) {
        List<String> areas = area == null ? List.of(cityCode) : area.withCity(cityCode);
        return new Dimensions(areas, category, department == null ? CaseFact.NO_DEPARTMENT : department);
    }
}

package org.gridgov.dashboard.domain;

import java.util.List;

/** The three-in-one chain a case lies in: grid (15 digits) → community (12) → township (9) → district (6). */
public record AreaChain(String gridCode, String communityCode, String townshipCode, String districtCode) {

    /** Every area the case counts for, from the city down to its grid. */
    public List<String> withCity(String cityCode) {
        return List.of(cityCode, districtCode, townshipCode, communityCode, gridCode);
    }
}

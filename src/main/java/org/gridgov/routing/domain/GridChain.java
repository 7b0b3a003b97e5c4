package org.gridgov.routing.domain;

import java.util.Objects;

/** The three-in-one chain a report's point lies in: grid → community → township → district. */
public record GridChain(String gridCode, String communityCode, String townshipCode, String districtCode) {
    public GridChain {
        Objects.requireNonNull(gridCode, "gridCode");
        Objects.requireNonNull(communityCode, "communityCode");
        Objects.requireNonNull(townshipCode, "townshipCode");
        Objects.requireNonNull(districtCode, "districtCode");
    }

    String codeAt(AreaLevel level) {
        return switch (level) {
            case GRID -> gridCode;
            case COMMUNITY -> communityCode;
            case TOWNSHIP -> townshipCode;
            case DISTRICT -> districtCode;
            case CITY -> null;
        };
    }
}

package org.gridgov.intake.domain;

/** The three-in-one chain a point lies in: grid cell, community, township, district. */
public record GridChain(String gridCode, String communityCode, String townshipCode, String districtCode) {

    public GridChain {
        require(gridCode, 15, "gridCode");
        require(communityCode, 12, "communityCode");
        require(townshipCode, 9, "townshipCode");
        require(districtCode, 6, "districtCode");
    }

    private static void require(String code, int digits, String name) {
        if (code == null || !code.matches("[0-9]{" + digits + "}")) {
            throw new IllegalArgumentException(name + " must be " + digits + " digits: " + code);
        }
    }
}

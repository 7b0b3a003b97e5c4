package org.gridgov.dispatch.domain;

/** The three-in-one chain a case lies in: grid(15) → community(12) → township(9) → district(6). */
public record GridChain(String gridCode, String communityCode, String townshipCode, String districtCode) {
}

package org.gridgov.grid.domain;

import java.util.Map;
import java.util.Set;

/**
 * Where the demo puts Zibo's districts (approximate real centres) and which community must have
 * two grids (the demo worker is scoped to 370303102001001 and 370303102001002 in 矿山社区 of 沣水镇).
 * Only the demo uses this; nothing else in the service knows any city.
 */
public final class ZiboDemo {

    public static final long SEED = 3703L;

    public static final Map<String, LatLon> DISTRICT_CENTRES = Map.of(
            "370303", new LatLon(36.81, 118.05),  // 张店区
            "370302", new LatLon(36.64, 117.97),  // 淄川区
            "370304", new LatLon(36.49, 117.86),  // 博山区
            "370305", new LatLon(36.82, 118.31),  // 临淄区
            "370306", new LatLon(36.80, 117.87),  // 周村区
            "370321", new LatLon(36.96, 118.10),  // 桓台县
            "370322", new LatLon(37.17, 117.83),  // 高青县
            "370323", new LatLon(36.18, 118.17)); // 沂源县

    public static final Set<String> COMMUNITIES_WITH_TWO_GRIDS = Set.of("370303102001");

    private ZiboDemo() {}
}

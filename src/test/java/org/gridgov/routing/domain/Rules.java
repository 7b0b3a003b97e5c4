package org.gridgov.routing.domain;

import java.util.UUID;

/** Fixtures: a few lines that read like the rule they build. */
final class Rules {
    static final GridChain KUANGSHAN_GRID_1 = new GridChain("370303102001001", "370303102001", "370303102", "370303");
    static final GridChain OTHER_TOWNSHIP_GRID = new GridChain("370303103002001", "370303103002", "370303103", "370303");

    private Rules() {
    }

    static RoutingRule cityWide(String category, String department) {
        return rule(category, Area.city(), new Target(TargetKind.CITY_DEPARTMENT, department));
    }

    static RoutingRule in(AreaLevel level, String code, String category, Target target) {
        return rule(category, new Area(level, code), target);
    }

    static RoutingRule rule(String category, Area area, Target target) {
        return new RoutingRule(UUID.randomUUID(), new CategorySelector(category), area, target);
    }

    static Target department(String code) {
        return new Target(TargetKind.CITY_DEPARTMENT, code);
    }

    static Target unit(String code) {
        return new Target(TargetKind.TOWNSHIP_UNIT, code);
    }
}

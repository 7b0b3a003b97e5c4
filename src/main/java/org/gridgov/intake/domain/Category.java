package org.gridgov.intake.domain;

/** An event category (事件分类) from the category table; its time limit is data, not code. */
public record Category(
        String code,
        String major,
        String name,
        String nameEn,
        int timeLimit,
        String limitUnit,
        String defaultDepartment,
        boolean urgent) {
}

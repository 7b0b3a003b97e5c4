package org.gridgov.routing.domain;

import java.util.Objects;

/** An event category with its time limit and the department that handles it unless a rule says otherwise. */
public record Category(String code, String majorClass, String name, TimeLimit limit, String defaultDepartment,
        boolean urgent) {
    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(defaultDepartment, "defaultDepartment");
        if (!code.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("category code has 4 digits: " + code);
        }
    }

    public Priority priority() {
        return urgent ? Priority.URGENT : Priority.NORMAL;
    }
}

package org.gridgov.registry.domain;

import java.util.Arrays;

/** Who may put a measure forward: a district (区县) or a city task group (专项小组). */
public enum NominatorKind {
    DISTRICT("district"),
    TASK_GROUP("task-group");

    private final String code;

    NominatorKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static NominatorKind fromCode(String code) {
        return Arrays.stream(values())
                .filter(kind -> kind.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown nominator kind '" + code + "'"));
    }
}

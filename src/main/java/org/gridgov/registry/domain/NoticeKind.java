package org.gridgov.registry.domain;

import java.util.Arrays;

/**
 * The supervision notices "三单一书", mildest first: a reminder, an assignment, a chase and, last,
 * an order to rectify.
 */
public enum NoticeKind {
    PROMPT("prompt", "提示单"),
    ASSIGNMENT("assignment", "交办单"),
    URGING("urging", "催办单"),
    ORDER("order", "责令书");

    private final String code;
    private final String label;

    NoticeKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static NoticeKind fromCode(String code) {
        return Arrays.stream(values())
                .filter(kind -> kind.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown notice kind '" + code + "'"));
    }
}

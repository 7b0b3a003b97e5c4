package org.gridgov.registry.domain;

import java.util.Arrays;

/**
 * The stages of a half-year selection round, in the only order they may be taken. The three
 * consultation stages are the "two up, two down" (两上两下): the draft list goes up for comment, the
 * comments come back down, the revised list goes up again, and {@link #FINAL} is the final list
 * coming down.
 */
public enum Stage {
    NOMINATING("nominating"),
    MUTUAL_EVALUATION("mutual-evaluation"),
    PUBLIC_VOTING("public-voting"),
    CONSULTATION_1_UP("consultation-1-up"),
    CONSULTATION_1_DOWN("consultation-1-down"),
    CONSULTATION_2_UP("consultation-2-up"),
    FINAL("final"),
    PUBLISHED("published");

    private final String code;

    Stage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Stage fromCode(String code) {
        return Arrays.stream(values())
                .filter(stage -> stage.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown stage '" + code + "'"));
    }

    public boolean isLast() {
        return this == PUBLISHED;
    }

    /** The one stage that may follow this one. */
    public Stage next() {
        if (isLast()) {
            throw new RuleViolation("stage " + code + " is the last stage of a round");
        }
        return values()[ordinal() + 1];
    }

    public boolean isConsultation() {
        return this == CONSULTATION_1_UP || this == CONSULTATION_1_DOWN || this == CONSULTATION_2_UP;
    }
}

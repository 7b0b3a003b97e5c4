package org.gridgov.registry.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a reform measure stands. The transition table is the whole rule: a measure is selected
 * only by a round's final list, is then promoted city-wide, and may be retired from any stage.
 */
public enum MeasureStatus {
    NOMINATED("nominated"),
    SELECTED("selected"),
    PROMOTING("promoting"),
    PROMOTED("promoted"),
    RETIRED("retired");

    private static final Map<MeasureStatus, Set<MeasureStatus>> NEXT = Map.of(
            NOMINATED, EnumSet.of(SELECTED, RETIRED),
            SELECTED, EnumSet.of(PROMOTING, RETIRED),
            PROMOTING, EnumSet.of(PROMOTED, RETIRED),
            PROMOTED, EnumSet.of(RETIRED),
            RETIRED, EnumSet.noneOf(MeasureStatus.class));

    private final String code;

    MeasureStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static MeasureStatus fromCode(String code) {
        return Arrays.stream(values())
                .filter(status -> status.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown status '" + code + "'"));
    }

    public boolean mayBecome(MeasureStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Selected and not retired: the measure is being, or has been, promoted. */
    public boolean isLive() {
        return this == SELECTED || this == PROMOTING || this == PROMOTED;
    }
}

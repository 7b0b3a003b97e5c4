package org.gridgov.registry.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * A district's monthly score: 100 × progress, less a deduction per notice that grows with the
 * notice's severity (the office had to push harder), never below zero, to one decimal.
 */
public record SupervisionScoring(Map<NoticeKind, Double> deductions) {

    public SupervisionScoring {
        deductions = Map.copyOf(new EnumMap<>(deductions));
        for (NoticeKind kind : NoticeKind.values()) {
            if (!deductions.containsKey(kind) || deductions.get(kind) < 0) {
                throw new IllegalArgumentException("a non-negative deduction is needed for " + kind.code());
            }
        }
    }

    /** 提示单 1, 交办单 2, 催办单 4, 责令书 8 points: each step up the ladder doubles the cost. */
    public static SupervisionScoring standard() {
        return new SupervisionScoring(Map.of(
                NoticeKind.PROMPT, 1.0, NoticeKind.ASSIGNMENT, 2.0, NoticeKind.URGING, 4.0, NoticeKind.ORDER, 8.0));
    }

    public double score(MonthlySupervision month) {
        double deducted = 0;
        for (NoticeKind kind : NoticeKind.values()) {
            deducted += deductions.get(kind) * month.notices(kind);
        }
        double raw = Math.max(0, 100 * month.progress() - deducted);
        return Math.round(raw * 10) / 10.0;
    }
}

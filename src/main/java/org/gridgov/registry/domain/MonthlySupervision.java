package org.gridgov.registry.domain;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One district's promotion work in one month (月度督导): the tasks on its ledger (台账), how many
 * are done, and the notices the reform office had to issue.
 */
public record MonthlySupervision(
        String district,
        YearMonth month,
        int ledgerTasks,
        int tasksCompleted,
        Map<NoticeKind, Integer> notices) {

    public MonthlySupervision {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(month, "month");
        if (ledgerTasks < 0 || tasksCompleted < 0) {
            throw new IllegalArgumentException("task counts are not negative");
        }
        if (tasksCompleted > ledgerTasks) {
            throw new IllegalArgumentException("tasksCompleted (" + tasksCompleted + ") exceeds the ledger (" + ledgerTasks + ")");
        }
        EnumMap<NoticeKind, Integer> all = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            int count = notices == null ? 0 : notices.getOrDefault(kind, 0);
            if (count < 0) {
                throw new IllegalArgumentException("notice counts are not negative");
            }
            all.put(kind, count);
        }
        notices = Map.copyOf(all);
    }

    /** Share of the ledger done, 0–1; a month with an empty ledger counts as fully done. */
    public double progress() {
        return ledgerTasks == 0 ? 1.0 : (double) tasksCompleted / ledgerTasks;
    }

    public int notices(NoticeKind kind) {
        return notices.get(kind);
    }
}

package org.gridgov.registry.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/**
 * One record of the "六个一" work method in a month: a scheduling meeting, an inspection, a notice
 * (with its kind of 三单一书), a publicity item or a consultation. {@code district} and {@code
 * measureId} say whom or what it concerns, where that applies.
 */
public record WorkRecord(
        UUID id,
        YearMonth month,
        WorkActivity activity,
        NoticeKind noticeKind,
        String district,
        UUID measureId,
        String title,
        String summary,
        LocalDate heldOn) {

    public WorkRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(heldOn, "heldOn");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        summary = summary == null ? "" : summary;
        if (!activity.recordedHere()) {
            throw new RuleViolation("the monthly ranking (排名) is not recorded: it is computed from the districts' supervision"
                    + " records (PUT /api/v1/registry/supervision/{month}/{district})");
        }
        if ((activity == WorkActivity.NOTICE) != (noticeKind != null)) {
            throw new IllegalArgumentException(activity == WorkActivity.NOTICE
                    ? "a notice (通报) names its kind: prompt (提示单), assignment (交办单), urging (催办单) or order (责令书)"
                    : "only a notice (通报) has a noticeKind");
        }
        if ((activity == WorkActivity.NOTICE || activity == WorkActivity.INSPECTION) && district == null) {
            throw new IllegalArgumentException("a " + activity.code() + " (" + activity.label() + ") concerns a district");
        }
        if (activity == WorkActivity.CONSULTATION && district == null && measureId == null) {
            throw new IllegalArgumentException("a consultation (会诊) concerns a district or a measure");
        }
        if (!YearMonth.from(heldOn).equals(month)) {
            throw new IllegalArgumentException("heldOn " + heldOn + " is not in " + month);
        }
    }
}

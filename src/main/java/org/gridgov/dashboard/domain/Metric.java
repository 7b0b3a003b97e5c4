package org.gridgov.dashboard.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The figures a map can be coloured by or a ranking ordered by, with their Chinese labels. */
public enum Metric {
    REPORTED("上报数"),
    REGISTERED("立案数"),
    DISPATCHED("派遣数"),
    RESOLVED("处置数"),
    DUE("应结案数"),
    CLOSED("结案数"),
    CLOSED_ON_TIME("按期结案数"),
    OVERDUE_NOW("当前超期数"),
    CLOSE_RATE("结案率"),
    ON_TIME_CLOSE_RATE("按期结案率"),
    DISPOSAL_RATE("处置率"),
    ON_TIME_DISPOSAL_RATE("按期处置率"),
    REWORK_RATE("返工率"),
    RETURN_RATE("回退率"),
    SATISFACTION_RATE("满意率"),
    MEAN_HOURS_TO_CLOSE("平均结案时长(小时)"),
    OVERDUE_IN_PERIOD("超期数"),
    REGISTRATION_RATE("立案率"),
    DEPARTMENT_ON_TIME_RATE("部门按期处置率"),
    TOWNSHIP_ON_TIME_RATE("镇街按期结案率"),
    MEAN_WORKING_HOURS_TO_RESOLVE("平均处置时长(工作小时)"),
    VERIFICATION_ON_TIME_RATE("镇街按期核查率"),
    SELF_RESOLVED("自处置数"),
    DEFERRED("缓办数"),
    PARKED("挂账数"),
    DEFERRED_NOW("当前缓办数"),
    PARKED_NOW("当前挂账数");

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The API name, e.g. {@code on_time_close_rate}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Metric> fromApiName(String name) {
        return Arrays.stream(values()).filter(m -> m.apiName().equals(name)).findFirst();
    }
}

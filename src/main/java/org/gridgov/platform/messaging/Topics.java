package org.gridgov.platform.messaging;

import java.util.List;

/** The platform's topics; each carries JSON described by {@code schema/kafka/<fact>.v1.schema.json}. */
public final class Topics {

    public static final String GRID = "gridgov.grid.v1";
    public static final String REPORTS = "gridgov.reports.v1";
    public static final String ROUTING = "gridgov.routing.v1";
    public static final String CASES = "gridgov.cases.v1";
    public static final String DISPATCH = "gridgov.dispatch.v1";
    public static final String KPI = "gridgov.kpi.v1";
    public static final String RATINGS = "gridgov.ratings.v1";

    public static final List<String> ALL = List.of(GRID, REPORTS, ROUTING, CASES, DISPATCH, KPI, RATINGS);

    private Topics() {
    }

    /** What a topic's message key is, as the name a log line's MDC gives it. */
    public static String keyName(String topic) {
        return switch (topic) {
            case REPORTS -> "reportId";
            case ROUTING, CASES, RATINGS -> "caseId";
            case DISPATCH -> "department";
            case KPI -> "siteId";
            default -> "messageKey";
        };
    }

    public static String dlq(String topic) {
        return topic + ".dlq";
    }
}

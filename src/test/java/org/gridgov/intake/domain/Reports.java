package org.gridgov.intake.domain;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Fixtures: a valid worker submission near 矿山社区 and the real category table. */
public final class Reports {

    public static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    private Reports() {
    }

    public static Categories categories() {
        return Categories.parse(new InputStreamReader(
                Reports.class.getResourceAsStream("/reference/categories.csv"), StandardCharsets.UTF_8));
    }

    public static ReportSubmission exposedGarbage() {
        return new ReportSubmission(UUID.randomUUID(), "0102", "垃圾堆放在路边",
                new SubmittedLocation(36.6512, 117.9803, 8.0, "wgs84"),
                NOW.minusSeconds(3600), "矿山社区北门", "normal", Map.of("volume_m3", 2));
    }

    public static ReportSubmission withLocation(ReportSubmission base, SubmittedLocation location) {
        return new ReportSubmission(base.clientReportId(), base.category(), base.description(), location,
                base.observedAt(), base.address(), base.severity(), base.attributes());
    }
}

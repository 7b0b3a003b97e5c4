package org.gridgov.routing.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** Which case a report became or joined; a report id routed once is never routed again. */
@MappedEntity(value = "routed_report", schema = "routing")
public record RoutedReportRow(@Id UUID reportId, UUID caseId, String outcome, Instant decidedAt) {
    public static final String CASE_OPENED = "CASE_OPENED";
    public static final String REPORT_LINKED = "REPORT_LINKED";
}

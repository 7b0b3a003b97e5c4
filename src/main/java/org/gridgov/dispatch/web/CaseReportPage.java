package org.gridgov.dispatch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of a case's reports; {@code position} is the order in which each joined the case (1 = the first). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CaseReportPage(List<Item> items, int page, int size, long totalItems, int totalPages) {

    @Serdeable
    record Item(int position, UUID reportId, Instant linkedAt) {
    }
}

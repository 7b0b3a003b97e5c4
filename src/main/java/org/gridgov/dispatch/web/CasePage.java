package org.gridgov.dispatch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of an inbox. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record CasePage(List<CaseView> items, int page, int size, long totalItems, int totalPages) {
}

package org.gridgov.intake.web;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;

/** One result per item of a batch, each with the status the item would have had as a single POST. */
@Serdeable
public record BatchView(List<Item> results) {

    @Serdeable
    public record Item(int index, UUID clientReportId, int status, String outcome, ReportView report,
            List<FieldError> errors) {
    }

    @Serdeable
    public record FieldError(String field, String message) {
    }
}

package org.gridgov.intake.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Up to 100 reports queued on a phone while it was offline. Items are checked one by one, not as a whole. */
@Serdeable
public record BatchRequest(@Nullable List<ReportRequest> reports) {
}

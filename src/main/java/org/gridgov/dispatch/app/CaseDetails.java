package org.gridgov.dispatch.app;

import java.util.List;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.TimelineEntry;

/** A case with its timeline, as the API shows it. */
public record CaseDetails(Case value, List<TimelineEntry> timeline) {
}

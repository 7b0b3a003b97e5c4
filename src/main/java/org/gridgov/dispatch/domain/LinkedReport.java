package org.gridgov.dispatch.domain;

import java.time.Instant;
import java.util.UUID;

/** One report of a case: the {@code position}-th to join it, and when. */
public record LinkedReport(int position, UUID reportId, Instant linkedAt) {
}

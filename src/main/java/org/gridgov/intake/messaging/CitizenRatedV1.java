package org.gridgov.intake.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code CitizenRated} on gridgov.ratings.v1 (schema/kafka/ratings.v1.schema.json), keyed by case
 * id: a citizen holding an Open311 request's token rated the request's closed case. {@code reporter}
 * is the name the case knows its reporter by (the citizen's app), which dispatch acts as.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CitizenRatedV1(
        UUID eventId,
        String type,
        Instant occurredAt,
        int schemaVersion,
        UUID caseId,
        UUID reportId,
        String reporter,
        String rating,
        String comment) {

    public static final String TYPE = "CitizenRated";
}

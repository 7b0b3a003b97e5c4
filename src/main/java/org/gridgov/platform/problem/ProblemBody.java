package org.gridgov.platform.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The RFC 9457 body; {@code errors} names the offending fields. */
@Serdeable
public record ProblemBody(String type, String title, int status, @Nullable String detail,
                          @Nullable String instance, List<Problem.FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static String typeFor(int status) {
        return "https://gridgov.org/problems/" + status;
    }
}

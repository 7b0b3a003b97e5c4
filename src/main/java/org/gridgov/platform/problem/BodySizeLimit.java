package org.gridgov.platform.problem;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.List;

/**
 * Refuses a JSON or form body larger than {@code gridgov.http.max-body-bytes} (2 MiB: a full offline
 * batch of 100 reports at their field limits fits) with 413 problem+json naming {@code body}, before
 * it is read. Photos (multipart, with their own per-file limit) and administrators' bulk imports
 * ({@code …/import}, streamed) are left to the server's overall limit.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(@Value("${gridgov.http.max-body-bytes:2097152}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseOversizedBody(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length <= maxBytes || request.getPath().endsWith("/import") || !limited(request)) {
            return null;
        }
        String detail = "the body is " + length + " bytes; at most " + maxBytes + " are accepted here";
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .body(new ProblemBody(ProblemBody.typeFor(413), "Content Too Large", 413, detail, request.getPath(),
                        List.of(new Problem.FieldError("body", detail))))
                .contentType(ProblemBody.MEDIA_TYPE);
    }

    private static boolean limited(HttpRequest<?> request) {
        return request.getContentType()
                .map(type -> type.matches(MediaType.APPLICATION_JSON_TYPE)
                        || type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.getSubtype().endsWith("+json"))
                .orElse(true);
    }
}

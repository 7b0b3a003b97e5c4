package org.gridgov.platform.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.List;
import java.util.Map;

/**
 * Refuses a request whose path or query holds a NUL character ({@code %00}), naming the query
 * parameter (or {@code path}), before any controller sees it (Open311, with its own error format,
 * checks its own): PostgreSQL text cannot hold a NUL,
 * so a look-up by such a name was a 500. JSON bodies are checked as they are read.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class NulCharacterFilter {

    @RequestFilter
    public void refuseNul(HttpRequest<?> request) {
        if (request.getPath().startsWith("/open311/")) {
            return; // Open311 answers in its own error format, and checks its parameters itself
        }
        if (request.getPath().indexOf('\0') >= 0) {
            throw Problem.badRequest("path", "must not contain a NUL character");
        }
        for (Map.Entry<String, List<String>> parameter : request.getParameters().asMap().entrySet()) {
            boolean nul = parameter.getKey().indexOf('\0') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0);
            if (nul) {
                throw Problem.badRequest(parameter.getKey().replace("\0", ""), "must not contain a NUL character");
            }
        }
    }
}

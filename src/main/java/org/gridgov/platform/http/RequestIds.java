package org.gridgov.platform.http;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every HTTP request an id that each log line written while handling it carries ({@code requestId}
 * in the MDC, propagated to the thread the controller runs on) and that the response echoes in
 * {@code X-Request-Id}. A caller's own {@code X-Request-Id} is kept when it is a plain token.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "gridgov.requestId";
    private static final Pattern PLAIN = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    @RequestFilter
    void tag(HttpRequest<?> request, MutablePropagatedContext context) {
        String given = request.getHeaders().get(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        context.add(new MdcPropagationContext(Map.of("requestId", id)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
    }
}

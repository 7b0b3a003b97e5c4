package org.gridgov.platform.http;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every HTTP request an id that each log line written while handling it carries ({@code requestId}
 * in the MDC, propagated to the thread the controller runs on) and that the response echoes in
 * {@code X-Request-Id}. A caller's own {@code X-Request-Id} is kept when it is a plain token. A request
 * about one case or one report also puts its id in the MDC ({@code caseId}, {@code reportId}), under
 * the same names the message listeners use, so one search finds a case's lines from both sides.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "gridgov.requestId";
    private static final Pattern PLAIN = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
    private static final String UUID_TEXT = "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})";
    private static final Pattern CASE_PATH = Pattern.compile("^/api/v1/cases/" + UUID_TEXT + "(/.*)?$");
    private static final Pattern REPORT_PATH = Pattern.compile("^/(?:api/v1/reports|open311/v2/requests)/" + UUID_TEXT
            + "(?:\\.(?:json|xml))?(/.*)?$");

    @RequestFilter
    void tag(HttpRequest<?> request, MutablePropagatedContext context) {
        String given = request.getHeaders().get(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        context.add(new MdcPropagationContext(diagnosticContext(id, request.getPath())));
    }

    static Map<String, String> diagnosticContext(String requestId, String path) {
        Map<String, String> mdc = new HashMap<>();
        mdc.put("requestId", requestId);
        Matcher caseId = CASE_PATH.matcher(path);
        if (caseId.matches()) {
            mdc.put("caseId", caseId.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher reportId = REPORT_PATH.matcher(path);
        if (reportId.matches()) {
            mdc.put("reportId", reportId.group(1).toLowerCase(Locale.ROOT));
        }
        return mdc;
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
    }
}

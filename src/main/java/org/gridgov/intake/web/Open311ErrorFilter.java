package org.gridgov.intake.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.gridgov.platform.problem.ProblemBody;

/**
 * Errors the framework raises under {@code /open311/} (no route 404, 405, 406, 413, 415, an
 * unreadable parameter's 400, a 500) leave as Open311 errors, like the controller's own: a
 * {@code [{"code","description"}]} list, or {@code <errors>} for a {@code .xml} path. An Open311
 * client parses that form only. Runs outermost, so that refusals by other filters are rewritten too.
 */
@ServerFilter(Open311Controller.PATH + "/**")
class Open311ErrorFilter implements Ordered {

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @ResponseFilter
    HttpResponse<?> inOpen311Form(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() < 400 || response.body() instanceof String) {
            return response; // success, or already in Open311 form
        }
        String description = response.body() instanceof ProblemBody problem && problem.detail() != null
                ? problem.detail() : response.reason();
        String format = request.getPath().endsWith(".xml") ? "xml" : "json";
        HttpResponse<String> open311 = Open311Controller.error(format, response.code(), description);
        response.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> ((MutableHttpResponse<String>) open311).header(name, value));
            }
        });
        return open311;
    }
}

package org.gridgov.intake.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridgov.intake.app.Open311Requests;
import org.gridgov.intake.open311.Open311Document;
import org.gridgov.intake.open311.Open311Mapping;
import org.gridgov.platform.problem.Problem;

/**
 * Open311 GeoReport v2 under {@code /open311/v2/}: every resource in {@code .json} and {@code .xml},
 * errors in the Open311 error format ({@code [{"code","description"}]} / {@code <errors>}).
 * Anonymous; submitting needs an {@code api_key}. Paths are matched as whole file names
 * ({@code services.json}) so that the format suffix never confuses the router.
 */
@Controller("/open311/v2")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class Open311Controller {

    private static final MediaType XML = MediaType.of("text/xml; charset=utf-8");
    private static final MediaType JSON = MediaType.of("application/json; charset=utf-8");
    private static final String CHANGESET = "2026-05-01T00:00:00Z";

    private final Open311Requests open311;
    private final String contact;

    Open311Controller(Open311Requests open311,
            @Value("${gridgov.intake.open311.contact:gridgov city service desk}") String contact) {
        this.open311 = open311;
        this.contact = contact;
    }

    @Get("/{file}")
    HttpResponse<String> top(@PathVariable String file, HttpRequest<?> request,
            @Nullable @QueryValue("service_request_id") String ids, @Nullable @QueryValue("service_code") String serviceCode,
            @Nullable @QueryValue("start_date") String startDate, @Nullable @QueryValue("end_date") String endDate,
            @Nullable @QueryValue String status) {
        return respond(file, format -> switch (resource(file)) {
            case "discovery" -> Open311Mapping.discovery(baseUrl(request) + "/open311/v2/", CHANGESET, contact);
            case "services" -> open311.services();
            case "requests" -> open311.requests(new Open311Requests.Filter(ids, serviceCode, startDate, endDate, status));
            default -> throw Problem.notFound("no resource " + file);
        }, HttpStatus.OK);
    }

    @Get("/services/{file}")
    HttpResponse<String> service(@PathVariable String file) {
        return respond(file, format -> open311.serviceDefinition(resource(file)), HttpStatus.OK);
    }

    @Get("/requests/{file}")
    HttpResponse<String> request(@PathVariable String file) {
        return respond(file, format -> open311.request(resource(file)), HttpStatus.OK);
    }

    @Get("/tokens/{file}")
    HttpResponse<String> token(@PathVariable String file) {
        return respond(file, format -> open311.token(resource(file)), HttpStatus.OK);
    }

    @Post(value = "/{file}", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    HttpResponse<String> submit(@PathVariable String file, HttpRequest<?> request, @Nullable @Body String body) {
        return respond(file, format -> {
            if (!"requests".equals(resource(file))) {
                throw Problem.notFound("no resource " + file);
            }
            Map<String, String> form = form(request, body);
            Map<String, String> attributes = new LinkedHashMap<>();
            form.forEach((key, value) -> {
                if (key.startsWith("attribute[") && key.endsWith("]")) {
                    attributes.put(key.substring("attribute[".length(), key.length() - 1), value);
                }
            });
            return open311.submit(new Open311Requests.CitizenRequest(form.get("api_key"), form.get("service_code"),
                    form.get("lat"), form.get("long"), form.get("address_string"), form.get("description"),
                    form.get("media_url"), attributes));
        }, HttpStatus.CREATED);
    }

    private interface Render {
        Open311Document document(String format);
    }

    private static HttpResponse<String> respond(String file, Render render, HttpStatus success) {
        String format = format(file);
        if (format == null) {
            return error("json", 404, "unknown format: use .json or .xml");
        }
        try {
            Open311Document document = render.document(format);
            return HttpResponse.<String>status(success).body(format.equals("xml") ? document.toXml() : document.toJson())
                    .contentType(format.equals("xml") ? XML : JSON);
        } catch (Problem problem) {
            int status = problem.status() == 409 || problem.status() == 422 ? 400 : problem.status();
            return error(format, status, problem.detail());
        }
    }

    private static HttpResponse<String> error(String format, int status, String description) {
        Open311Document document = Open311Mapping.error(status, description);
        return HttpResponse.<String>status(HttpStatus.valueOf(status))
                .body(format.equals("xml") ? document.toXml() : document.toJson())
                .contentType(format.equals("xml") ? XML : JSON);
    }

    private static String format(String file) {
        if (file.endsWith(".json")) {
            return "json";
        }
        return file.endsWith(".xml") ? "xml" : null;
    }

    private static String resource(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    private static String baseUrl(HttpRequest<?> request) {
        String host = request.getHeaders().get("Host");
        return "http://" + (host == null ? "localhost" : host);
    }

    /** Form fields from the body and the query string (some 311 apps send api_key in the query). */
    private static Map<String, String> form(HttpRequest<?> request, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        request.getParameters().forEach((name, values) -> {
            if (!values.isEmpty()) {
                form.put(name, values.get(0));
            }
        });
        if (body != null && !body.isBlank()) {
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                form.putIfAbsent(name, value);
            }
        }
        return form;
    }

}

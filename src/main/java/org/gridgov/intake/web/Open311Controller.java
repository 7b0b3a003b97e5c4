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
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridgov.intake.app.Open311Requests;
import org.gridgov.intake.app.Open311Settings;
import org.gridgov.intake.app.RateCitizenRequest;
import org.gridgov.intake.app.Unavailable;
import org.gridgov.intake.domain.Open311Refused;
import org.gridgov.intake.domain.PhotoType;
import org.gridgov.intake.domain.Report;
import org.gridgov.intake.open311.Open311Document;
import org.gridgov.intake.open311.Open311Mapping;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.refusal.Refusal;
import reactor.core.publisher.Flux;

/**
 * Open311 GeoReport v2 under {@code /open311/v2/}: every resource in {@code .json} and {@code .xml},
 * the format chosen by the extension alone (real clients send {@code Accept: text/xml} for .json,
 * or no Accept at all), errors in the Open311 error format ({@code [{"code","description"}]} /
 * {@code <errors>}; {@link Open311ErrorFilter} does the same for the framework's own errors).
 * Anonymous; submitting needs an {@code api_key}, rating the request's token. Paths are matched as
 * whole file names ({@code services.json}) so that the format suffix never confuses the router.
 */
@Tag(name = "open311")
@ApiResponse(responseCode = "400", description = "Open311 errors: a JSON list of {code, description} (an <errors> document for .xml)")
@ApiResponse(responseCode = "403", description = "Open311 errors: an invalid or revoked api_key")
@ApiResponse(responseCode = "404", description = "Open311 errors: no such service, request or token")
@Controller("/open311/v2")
@Produces(MediaType.ALL)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class Open311Controller {

    static final String PATH = "/open311/v2";
    private static final MediaType XML = MediaType.of("text/xml; charset=utf-8");
    private static final MediaType JSON = MediaType.of("application/json; charset=utf-8");
    private static final String CHANGESET = "2026-05-01T00:00:00Z";

    private final Open311Requests open311;
    private final RateCitizenRequest rate;
    private final Open311Settings settings;
    private final String contact;

    Open311Controller(Open311Requests open311, RateCitizenRequest rate, Open311Settings settings,
            @Value("${gridgov.intake.open311.contact:gridgov city service desk}") String contact) {
        this.open311 = open311;
        this.rate = rate;
        this.settings = settings;
        this.contact = contact;
    }

    @Operation(operationId = "open311Discovery", summary = "Open311 discovery, service list or request list (.json or .xml)")
    @Get("/{file}")
    HttpResponse<String> top(@PathVariable String file, HttpRequest<?> request,
            @Nullable @QueryValue("service_request_id") String ids, @Nullable @QueryValue("service_code") String serviceCode,
            @Nullable @QueryValue("start_date") String startDate, @Nullable @QueryValue("end_date") String endDate,
            @Nullable @QueryValue String status) {
        return respond(file, () -> switch (resource(file)) {
            case "discovery" -> Open311Mapping.discovery(endpointUrl(request), CHANGESET, contact);
            case "services" -> Open311Mapping.services(open311.services());
            case "requests" -> requests(open311.find(new Open311Requests.Filter(ids, serviceCode, startDate, endDate, status)),
                    request);
            default -> throw Problem.notFound("no resource " + file);
        }, HttpStatus.OK);
    }

    @Operation(operationId = "open311ServiceDefinition", summary = "Open311 service definition")
    @Get("/services/{file}")
    HttpResponse<String> service(@PathVariable String file) {
        return respond(file, () -> Open311Mapping.serviceDefinition(open311.serviceDefinition(resource(file))), HttpStatus.OK);
    }

    @Operation(operationId = "open311Request", summary = "An Open311 service request")
    @Get("/requests/{file}")
    HttpResponse<String> request(@PathVariable String file, HttpRequest<?> request) {
        return respond(file, () -> requests(List.of(open311.findOne(resource(file))), request), HttpStatus.OK);
    }

    @Operation(operationId = "open311Token", summary = "The service request id behind an Open311 token")
    @Get("/tokens/{file}")
    HttpResponse<String> token(@PathVariable String file) {
        return respond(file, () -> {
            String token = resource(file);
            return Open311Mapping.token(token, open311.token(token).id().toString());
        }, HttpStatus.OK);
    }

    /** The photo a citizen uploaded as {@code media}, which the request's {@code media_url} names. */
    @Operation(operationId = "open311Media", summary = "A photo attached to an Open311 service request")
    @Get("/requests/{id}/media/{n}")
    HttpResponse<byte[]> media(@PathVariable String id, @PathVariable String n) {
        if (!n.matches("[1-9][0-9]{0,2}")) {
            throw Problem.notFound("no media " + n);
        }
        byte[] bytes;
        try {
            bytes = open311.media(id, Integer.parseInt(n));
        } catch (Open311Refused refused) {
            throw Problem.notFound(refused.getMessage());
        }
        MediaType type = PhotoType.sniff(java.util.Arrays.copyOf(bytes, Math.min(16, bytes.length)))
                .map(t -> MediaType.of(t.mediaType())).orElse(MediaType.APPLICATION_OCTET_STREAM_TYPE);
        return HttpResponse.ok(bytes).contentType(type).header("X-Content-Type-Options", "nosniff");
    }

    @Operation(operationId = "open311Submit", summary = "Submit an Open311 service request")
    @Post(value = "/{file}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> submit(@PathVariable String file, HttpRequest<?> request, @Nullable @Body String body) {
        return respond(file, () -> {
            requireRequests(file);
            Open311Form form = new Open311Form();
            form.addUrlEncoded(body, declaredCharset(request));
            form.addUrlEncoded(request.getUri().getRawQuery(), null);
            return created(open311.submit(form.citizenRequest()));
        }, HttpStatus.CREATED);
    }

    /** Mobile apps send the photo as the {@code media} part beside the usual fields. */
    @Operation(operationId = "open311Submit", summary = "Submit an Open311 service request")
    @Post(value = "/{file}", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<String> submitMultipart(@PathVariable String file, HttpRequest<?> request, @Body MultipartBody body) {
        return respond(file, () -> {
            requireRequests(file);
            Open311Form form = new Open311Form();
            List<CompletedPart> parts = Flux.from(body).collectList().block();
            for (CompletedPart part : parts == null ? List.<CompletedPart>of() : parts) {
                if ("media".equals(part.getName())) {
                    form.media(bytes(part));
                } else if (part instanceof CompletedFileUpload) {
                    throw Problem.badRequest(part.getName(), "only the media part may be a file");
                } else {
                    form.add(part.getName(), new String(bytes(part), StandardCharsets.UTF_8));
                }
            }
            form.addUrlEncoded(request.getUri().getRawQuery(), null);
            return created(open311.submit(form.citizenRequest()));
        }, HttpStatus.CREATED);
    }

    /** A citizen rates the closed case of a request with the token the request was created with. */
    @Operation(operationId = "open311Rate", summary = "Rate a closed Open311 service request")
    @Post(value = "/requests/{id}/{file}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> rate(@PathVariable String id, @PathVariable String file, HttpRequest<?> request,
            @Nullable @Body String body) {
        return respond(file, () -> {
            if (!"rating".equals(resource(file))) {
                throw Problem.notFound("no resource " + file);
            }
            Open311Form form = new Open311Form();
            form.addUrlEncoded(body, declaredCharset(request));
            form.addUrlEncoded(request.getUri().getRawQuery(), null);
            RateCitizenRequest.Rated rated = Unavailable.database(() -> rate.rate(id, form.field("token"), form.field("rating"),
                    form.field("comment")));
            return Open311Mapping.rated(rated.serviceRequestId().toString(), rated.rating());
        }, HttpStatus.CREATED);
    }

    private static Open311Document created(Open311Requests.Created created) {
        return Open311Mapping.created(created.report(), created.token());
    }

    private interface Render {
        Open311Document document();
    }

    private static HttpResponse<String> respond(String file, Render render, HttpStatus success) {
        String format = format(file);
        if (format == null) {
            return error("json", 404, "unknown format: use .json or .xml");
        }
        try {
            Open311Document document = render.document();
            return HttpResponse.<String>status(success).body(format.equals("xml") ? document.toXml() : document.toJson())
                    .contentType(format.equals("xml") ? XML : JSON);
        } catch (Refusal refusal) {
            return error(format, Problem.of(refusal));
        } catch (Problem problem) {
            return error(format, problem);
        } catch (Open311Refused refused) {
            return error(format, switch (refused.kind()) {
                case BAD_INPUT -> 400;
                case FORBIDDEN -> 403;
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
            }, refused.getMessage());
        }
    }

    /** Requests as found; an uploaded photo's media_url points at this endpoint's media resource. */
    private Open311Document requests(List<Report> found, HttpRequest<?> request) {
        String endpoint = endpointUrl(request);
        return Open311Mapping.requests(found, open311.categoriesByCode(), open311.times(),
                report -> report.photos().isEmpty() ? null : endpoint + "/requests/" + report.id() + "/media/1");
    }

    /** Open311 knows no 422: a request that reads fine but breaks a rule is a bad request there. */
    private static HttpResponse<String> error(String format, Problem problem) {
        return error(format, problem.status() == 422 ? 400 : problem.status(), problem.detail());
    }

    static HttpResponse<String> error(String format, int status, String description) {
        Open311Document document = Open311Mapping.error(status, description);
        return HttpResponse.<String>status(HttpStatus.valueOf(status))
                .body(format.equals("xml") ? document.toXml() : document.toJson())
                .contentType(format.equals("xml") ? XML : JSON);
    }

    static String format(String file) {
        if (file.endsWith(".json")) {
            return "json";
        }
        return file.endsWith(".xml") ? "xml" : null;
    }

    private static void requireRequests(String file) {
        if (!"requests".equals(resource(file))) {
            throw Problem.notFound("no resource " + file);
        }
    }

    private static String resource(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(0, dot);
    }

    /** The endpoint's URL without a trailing slash: the Java client appends "/services.xml" to it. */
    private String endpointUrl(HttpRequest<?> request) {
        return settings.publicBaseUrl().orElseGet(() -> {
            String host = request.getHeaders().get("Host");
            return "http://" + (host == null ? "localhost" : host);
        }) + PATH;
    }

    private static Charset declaredCharset(HttpRequest<?> request) {
        return request.getContentType().flatMap(MediaType::getCharset).orElse(null);
    }

    private static byte[] bytes(CompletedPart part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw Problem.badRequest(part.getName(), "could not be read");
        }
    }
}

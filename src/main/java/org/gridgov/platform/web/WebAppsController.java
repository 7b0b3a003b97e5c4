package org.gridgov.platform.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URL;

/**
 * The entry pages of the web apps. Their assets are static resources (classpath:web/console at
 * /console/**, classpath:web/field at /app/**, see application.yml); the router matches
 * {@code /console} and {@code /console/} alike, so this answers both: the bare path redirects to
 * the slash form (relative links resolve under it), the slash form gets the app's index.html. The
 * apps route with the URL hash, so every deep link lands on this one page. The page is never
 * cached, so a new build's asset names (content hashes) are picked up at once.
 */
@Tag(name = "platform")
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class WebAppsController {

    private final ResourceResolver resources;

    WebAppsController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Operation(operationId = "openConsole", summary = "The operations console (redirect)")
    @Get("/console")
    HttpResponse<?> console(HttpRequest<?> request) {
        return entry(request, "console");
    }

    @Operation(operationId = "openFieldApp", summary = "The field app (redirect)")
    @Get("/app")
    HttpResponse<?> field(HttpRequest<?> request) {
        return entry(request, "app", "field");
    }

    private HttpResponse<?> entry(HttpRequest<?> request, String app) {
        return entry(request, app, app);
    }

    private HttpResponse<?> entry(HttpRequest<?> request, String path, String app) {
        if (!request.getPath().endsWith("/")) {
            return HttpResponse.permanentRedirect(URI.create("/" + path + "/"));
        }
        URL index = resources.getResource("classpath:web/" + app + "/index.html").orElse(null);
        if (index == null) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(new StreamedFile(index)).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-cache");
    }
}

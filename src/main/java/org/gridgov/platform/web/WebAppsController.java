package org.gridgov.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;

/**
 * The web apps are static resources (classpath:web/console at /console/**, classpath:web/field at
 * /app/**, see application.yml). Their pages load assets by relative paths under the slash form,
 * so the bare paths redirect to it. The apps route with the URL hash, which keeps deep links on
 * the one index.html.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class WebAppsController {

    @Get("/console")
    HttpResponse<?> console() {
        return HttpResponse.permanentRedirect(URI.create("/console/"));
    }

    @Get("/app")
    HttpResponse<?> field() {
        return HttpResponse.permanentRedirect(URI.create("/app/"));
    }
}

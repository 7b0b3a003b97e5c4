package org.gridgov;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridgov.platform.roles.Roles;

/**
 * One jar, several roles. The roles come from {@code --roles=grid,intake}, or from
 * {@code GRIDGOV_ROLES}; {@code all} (the default) runs every service in this JVM.
 */
@OpenAPIDefinition(
        info = @Info(title = "gridgov", version = "0.1.0",
                description = "Grid-based social-governance event platform: grids, reports, routing, case lifecycle, dashboards,"
                        + " reform registry. An operation that needs a token lists the `bearer` requirement with the roles it"
                        + " admits; an operation without `security` is public. Errors are application/problem+json"
                        + " (RFC 9457), except under /open311/, which answers in the GeoReport v2 error form."),
        servers = @Server(url = "/", description = "this platform"),
        tags = {
            @Tag(name = "platform", description = "Sign-in and sessions, users, the working calendar, parked outbox messages, the web apps"),
            @Tag(name = "grid", description = "Areas, grid cells and grid workers; locating a point in its grid"),
            @Tag(name = "intake", description = "Reports from grid workers, photos, categories, Open311 API keys"),
            @Tag(name = "open311", description = "Open311 GeoReport v2 for citizens' apps (errors in Open311 form)"),
            @Tag(name = "routing", description = "Routing rules: category × area → department"),
            @Tag(name = "dispatch", description = "The case lifecycle: register, dispatch, handle, verify, close; live updates"),
            @Tag(name = "dashboard", description = "Figures per area and period, rankings, maps and exports"),
            @Tag(name = "registry", description = "The register of reform measures: rounds, votes, supervision, evaluation, showcase sites, the 六个一 work method")
        })
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {
    public static void main(String[] args) {
        Roles roles;
        try {
            roles = Roles.from(args, System.getenv("GRIDGOV_ROLES"));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String[] rest = java.util.Arrays.stream(args).filter(arg -> !arg.startsWith("--roles=")).toArray(String[]::new);
        Micronaut.build(rest)
                .mainClass(Application.class)
                .properties(roles.asProperties())
                .start();
    }
}

package org.gridgov;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.gridgov.platform.roles.Roles;

/**
 * One jar, several roles. The roles come from {@code --roles=grid,intake}, or from
 * {@code GRIDGOV_ROLES}; {@code all} (the default) runs every service in this JVM.
 */
@OpenAPIDefinition(
        info = @Info(title = "gridgov", version = "0.1.0",
                description = "Grid-based social-governance event platform: grids, reports, routing, case lifecycle, dashboards, reform registry"),
        security = @SecurityRequirement(name = "bearer"))
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

package org.gridgov;

import io.micronaut.runtime.Micronaut;
import org.gridgov.platform.roles.Roles;

/**
 * One jar, several roles. The roles come from {@code --roles=grid,intake}, or from
 * {@code GRIDGOV_ROLES}; {@code all} (the default) runs every service in this JVM.
 */
public class Application {
    public static void main(String[] args) {
        Roles roles = Roles.from(args, System.getenv("GRIDGOV_ROLES"));
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(roles.asProperties())
                .start();
    }
}
